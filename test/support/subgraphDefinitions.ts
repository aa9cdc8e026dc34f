import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Agency, SUBGRAPHS } from '@ipc-hub/registry';
import type { AnySubgraphDefinition } from '@ipc-hub/server-kit';

/** Where each registered subgraph's folder is, `subgraphs/<name>` (as `pnpm build` bundles them). */
const SUBGRAPHS_FOLDER = fileURLToPath(new URL('../../subgraphs', import.meta.url));

/**
 * A subgraph's definition, as its folder's `src/server.ts` exports it:
 * `<name>Subgraph` (the export of every subgraph's package). `folder` is
 * `subgraphs/<name>` for a registered one; a subgraph outside the tree
 * (a scaffolded one) names its own.
 */
export async function loadSubgraphDefinition(
  agency: Pick<Agency, 'subgraph'>,
  folder = join(SUBGRAPHS_FOLDER, agency.subgraph),
): Promise<AnySubgraphDefinition> {
  const file = join(folder, 'src/server.ts');
  const exported = ((await import(file)) as Record<string, unknown>)[`${agency.subgraph}Subgraph`];
  if (!exported) throw new Error(`${file} exports no ${agency.subgraph}Subgraph`);
  const definition = exported as AnySubgraphDefinition;
  if (definition.name !== agency.subgraph)
    throw new Error(`${file} defines the subgraph ${definition.name}, not ${agency.subgraph}`);
  return definition;
}

/**
 * Every registered subgraph's definition, in the registry's order: what the
 * test harness starts. A newly registered agency is in it once its folder
 * exports its definition; one without fails here.
 */
export const ALL_SUBGRAPHS: AnySubgraphDefinition[] = await Promise.all(
  SUBGRAPHS.map((agency) => loadSubgraphDefinition(agency)),
);
