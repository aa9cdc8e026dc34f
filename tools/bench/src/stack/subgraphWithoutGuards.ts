/**
 * A registered subgraph (BENCH_SUBGRAPH: its name in the registry) as
 * deployed, but started without the gateway's proof and without its own
 * query limits: the same definition, shield and row scope, so that
 * `pnpm bench` (k) can price those two guards on the dashboard. Only the
 * bench starts this; `startSubgraph` refuses it when NODE_ENV=production.
 */
import { SUBGRAPHS } from '@ipc-hub/registry';
import { type AnySubgraphDefinition, type GuardsOff, runSubgraph } from '@ipc-hub/server-kit';

const off: GuardsOff = { gatewayProof: true, queryLimits: true };

const name = process.env.BENCH_SUBGRAPH ?? '';
const entry = SUBGRAPHS.find((agency) => agency.subgraph === name);
if (!entry) {
  process.stderr.write(
    `BENCH_SUBGRAPH must be one of ${SUBGRAPHS.map((agency) => agency.subgraph).join(', ')}\n`,
  );
  process.exit(1);
}
// Only the one asked for is loaded, so that the process holds what the subgraph's own would;
// each subgraph package exports its definition as `<name>Subgraph`.
const exports = (await import(entry.packageName)) as Record<string, unknown>;
const definition = exports[`${entry.subgraph}Subgraph`] as AnySubgraphDefinition | undefined;
if (!definition) {
  process.stderr.write(`${entry.packageName} exports no ${entry.subgraph}Subgraph\n`);
  process.exit(1);
}
await runSubgraph(definition, off);
