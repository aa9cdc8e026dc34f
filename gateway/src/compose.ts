/**
 * `pnpm compose` writes gateway/supergraph.graphql from the SDL files of the
 * registry's composed services (the subgraphs and the notifications service); `pnpm compose --check` fails when the committed file is stale
 * or composition fails (CI runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { COMPOSED_SERVICES, defaultSubgraphUrl } from '@ipc-hub/registry';
import { readSubgraphSdl } from '@ipc-hub/server-kit';
import { composeSupergraph } from './composeSupergraph';
import { SUPERGRAPH_PATH } from './startGateway';

/** The registry's service names and default addresses; deployments override them (ENVIRONMENT_URL, …). */
const SERVICES = COMPOSED_SERVICES.map((service) => ({
  name: service.subgraph,
  url: defaultSubgraphUrl(service),
  folder: service.folder,
}));

let supergraph: string;
try {
  const result = composeSupergraph(
    SERVICES.map(({ name, url, folder }) => ({
      name,
      url,
      sdl: readSubgraphSdl(new URL(`../../${folder}/schema.graphql`, import.meta.url)),
    })),
  );
  for (const hint of result.hints) process.stderr.write(`hint: ${hint}\n`);
  supergraph = result.supergraphSdl;
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  const committed = readFileSync(SUPERGRAPH_PATH, 'utf8');
  if (committed !== supergraph) {
    process.stderr.write('gateway/supergraph.graphql is stale: run `pnpm compose` and commit it\n');
    process.exit(1);
  }
  process.stdout.write('supergraph is up to date\n');
} else {
  writeFileSync(SUPERGRAPH_PATH, supergraph);
  process.stdout.write(`wrote ${SUPERGRAPH_PATH.pathname}\n`);
}
