import { readFileSync } from 'node:fs';

/**
 * The types one agency hands another for the plan's report (planFacts.graphql),
 * written once: each subgraph's SDL gets those it names (readSubgraphSdl).
 */
export const PLAN_FACTS_SDL = readFileSync(new URL('./planFacts.graphql', import.meta.url), 'utf8');

/** What the Board and DOIT both say of an investment project (investmentProjects.graphql), written once. */
export const INVESTMENT_PROJECT_SDL = readFileSync(
  new URL('./investmentProjects.graphql', import.meta.url),
  'utf8',
);
