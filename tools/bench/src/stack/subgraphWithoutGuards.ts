/**
 * A subgraph (BENCH_SUBGRAPH: environment, industry, zones or police) as
 * deployed, but started without the gateway's proof and without its own
 * query limits: the same definition, shield and row scope, so that
 * `pnpm bench` (k) can price those two guards on the dashboard. Only the
 * bench starts this; `startSubgraph` refuses it when NODE_ENV=production.
 */
import { type GuardsOff, runSubgraph } from '@ipc-hub/server-kit';

const off: GuardsOff = { gatewayProof: true, queryLimits: true };

/** Each loaded only when asked, so that the process holds what the subgraph's own would. */
const definitions = {
  environment: async () =>
    runSubgraph((await import('@ipc-hub/environment')).environmentSubgraph, off),
  industry: async () => runSubgraph((await import('@ipc-hub/industry')).industrySubgraph, off),
  zones: async () => runSubgraph((await import('@ipc-hub/zones')).zonesSubgraph, off),
  police: async () => runSubgraph((await import('@ipc-hub/police')).policeSubgraph, off),
};

const name = process.env.BENCH_SUBGRAPH ?? '';
if (!Object.hasOwn(definitions, name)) {
  process.stderr.write(`BENCH_SUBGRAPH must be one of ${Object.keys(definitions).join(', ')}\n`);
  process.exit(1);
}
await definitions[name as keyof typeof definitions]();
