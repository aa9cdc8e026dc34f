/**
 * `pnpm compose` writes gateway/supergraph.graphql from the four subgraphs'
 * SDL files; `pnpm compose --check` fails when the committed file is stale
 * or composition fails (CI runs it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { readSubgraphSdl } from '@ipc-hub/server-kit';
import { parse } from 'graphql';
import { SUPERGRAPH_PATH } from './startGateway';

/** Service names and default addresses; deployments override them with ENVIRONMENT_URL … POLICE_URL. */
const SUBGRAPHS = [
  { name: 'environment', url: 'http://127.0.0.1:4001/graphql' },
  { name: 'industry', url: 'http://127.0.0.1:4002/graphql' },
  { name: 'zones', url: 'http://127.0.0.1:4003/graphql' },
  { name: 'police', url: 'http://127.0.0.1:4004/graphql' },
];

const result = composeServices(
  SUBGRAPHS.map(({ name, url }) => ({
    name,
    url,
    typeDefs: parse(
      readSubgraphSdl(new URL(`../../subgraphs/${name}/schema.graphql`, import.meta.url)),
    ),
  })),
);
if (result.errors) {
  for (const error of result.errors) process.stderr.write(`composition error: ${error.message}\n`);
  process.exit(1);
}
for (const hint of result.hints ?? []) process.stderr.write(`hint: ${hint.toString()}\n`);

const supergraph = `${result.supergraphSdl.trimEnd()}\n`;
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
