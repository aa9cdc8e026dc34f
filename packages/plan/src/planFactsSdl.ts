import { readFileSync } from 'node:fs';

/**
 * The types one agency hands another for the plan's report (planFacts.graphql),
 * written once: each subgraph's SDL gets those it names (readSubgraphSdl).
 */
export const PLAN_FACTS_SDL = readFileSync(new URL('./planFacts.graphql', import.meta.url), 'utf8');
