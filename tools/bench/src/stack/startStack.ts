import { fileURLToPath } from 'node:url';
import { subgraphUrlEnv } from '@ipc-hub/registry';
import { waitUntilReady } from '@ipc-hub/server-kit';
import { type BenchDatabases, SUBGRAPH_NAMES, type SubgraphName } from '../databases';
import { benchPorts } from './ports';
import { ServiceProcess } from './ServiceProcess';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BENCH = fileURLToPath(new URL('../../', import.meta.url));

export interface StackOptions {
  databases: BenchDatabases;
  /** the gateway's port; every other service of the run takes one after it (`benchPorts`) */
  basePort: number;
  /** the services' LOG_LEVEL: `info` to read per-request SQL counts, `warn` to time them */
  logLevel: 'info' | 'warn';
  /** HS256 secret every service verifies tokens with */
  secret: string;
  /** also start the environment subgraph with field access off (for the shield's cost) */
  withoutShield: boolean;
  /** run the gateway and the environment subgraph with `node --cpu-prof`, writing here */
  cpuProfileDir?: string;
}

/** Services started together, stopped together. */
export interface ServiceGroup {
  all: ServiceProcess[];
  /** throws when a service has died since it was ready */
  checkAlive(): void;
  stop(): Promise<void>;
}

export interface Stack extends ServiceGroup {
  gateway: ServiceProcess;
  subgraphs: Record<SubgraphName, ServiceProcess>;
  environmentWithoutShield: ServiceProcess | null;
  /** what the gateway is told the subgraphs' addresses are (ENVIRONMENT_URL, …) */
  subgraphUrls: Record<string, string>;
}

/** What every service of a bench run is started with. */
export function commonEnv(logLevel: string, secret: string): Record<string, string> {
  return {
    LOG_LEVEL: logLevel,
    HOST: '127.0.0.1',
    HUB_JWT_SECRET: secret,
    APOLLO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'development',
  };
}

/**
 * A subgraph as deployed, on the database of `databaseUrl`, without
 * seeding (the bench wrote its data).
 */
export function subgraphProcess(options: {
  name: SubgraphName;
  label?: string;
  databaseUrl: string;
  port: number;
  env: Record<string, string>;
  nodeArgs?: string[];
}): ServiceProcess {
  return new ServiceProcess({
    name: options.label ?? options.name,
    cwd: `${ROOT}subgraphs/${options.name}`,
    entry: 'src/index.ts',
    port: options.port,
    env: { ...options.env, DATABASE_URL: options.databaseUrl, HUB_SEED: 'false' },
    ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}),
  });
}

/**
 * The five services as separate processes on the benchmark's databases,
 * as devstack starts them, on ports of their own (the developer's hub may
 * be running on 4000–4004). No seeding: `pnpm seed` wrote the data.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { basePort, databases } = options;
  const gatewayUrl = `http://127.0.0.1:${basePort}/graphql`;
  const common = commonEnv(options.logLevel, options.secret);
  const profiled = options.cpuProfileDir
    ? ['--cpu-prof', '--cpu-prof-dir', options.cpuProfileDir]
    : undefined;
  const subgraphEnv = { ...common, HUB_GATEWAY_URL: gatewayUrl };
  const ports = benchPorts(basePort);

  const subgraphs = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      subgraphProcess({
        name,
        databaseUrl: databases.subgraph(name),
        port: ports.subgraph(name),
        env: subgraphEnv,
        ...(name === 'environment' && profiled ? { nodeArgs: profiled } : {}),
      }),
    ]),
  ) as Record<SubgraphName, ServiceProcess>;
  const environmentWithoutShield = options.withoutShield
    ? new ServiceProcess({
        name: 'environment (no shield)',
        cwd: BENCH,
        entry: 'src/stack/environmentWithoutShield.ts',
        port: ports.unshielded,
        env: { ...subgraphEnv, DATABASE_URL: databases.subgraph('environment'), HUB_SEED: 'false' },
      })
    : null;
  const subgraphUrls = subgraphUrlEnv(
    (agency) => `${subgraphs[agency.subgraph as SubgraphName].url}/graphql`,
  );
  const gateway = gatewayProcess({
    name: 'gateway',
    port: basePort,
    env: common,
    subgraphUrls,
    ...(profiled ? { nodeArgs: profiled } : {}),
  });
  const all = [
    ...Object.values(subgraphs),
    ...(environmentWithoutShield ? [environmentWithoutShield] : []),
    gateway,
  ];
  // the gateway first, so that it does not report the subgraphs it loses
  const group = await startGroup(all, [gateway]);
  return { ...group, gateway, subgraphs, environmentWithoutShield, subgraphUrls };
}

/**
 * The gateway as the bench runs it: on `subgraphUrls`, and unless `stock`,
 * with the settings a benchmark needs (below); `stock`: the defaults a
 * deployment has (rate limits, cost budgets, timeout), for the attack (l).
 */
export function gatewayProcess(options: {
  name: string;
  port: number;
  env: Record<string, string>;
  subgraphUrls: Record<string, string>;
  stock?: boolean;
  nodeArgs?: string[];
}): ServiceProcess {
  return new ServiceProcess({
    name: options.name,
    cwd: `${ROOT}gateway`,
    entry: 'src/index.ts',
    port: options.port,
    env: {
      ...options.env,
      ...options.subgraphUrls,
      ...(options.stock
        ? {}
        : {
            // A benchmark is one caller sending far more than an officer would, and asking for 1 000
            // rows with their lists: the per-caller rate limit and the cost limit would refuse it.
            RATE_LIMIT_PER_SECOND: '0',
            QUERY_MAX_COST: '10000000',
            // A loaded machine must not turn slowness into AGENCY_UNAVAILABLE.
            SUBGRAPH_TIMEOUT_MS: '60000',
          }),
    },
    ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}),
  });
}

/**
 * (k) The subgraphs without the gateway's proof and their own query
 * limits (`subgraphWithoutGuards.ts`, same databases) and a gateway on
 * them, as the bench's, on ports of their own (`benchPorts`).
 */
export async function startUnguarded(options: {
  databases: BenchDatabases;
  basePort: number;
  secret: string;
}): Promise<ServiceGroup & { gateway: ServiceProcess }> {
  const { basePort, databases } = options;
  const common = commonEnv('warn', options.secret);
  const ports = benchPorts(basePort);
  const gatewayPort = ports.unguardedGateway;
  const subgraphs = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      new ServiceProcess({
        name: `${name} (no proof, no limits)`,
        cwd: BENCH,
        entry: 'src/stack/subgraphWithoutGuards.ts',
        port: ports.unguarded(name),
        env: {
          ...common,
          HUB_GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
          BENCH_SUBGRAPH: name,
          DATABASE_URL: databases.subgraph(name),
          HUB_SEED: 'false',
        },
      }),
    ]),
  ) as Record<SubgraphName, ServiceProcess>;
  const gateway = gatewayProcess({
    name: 'gateway (subgraphs without proof, limits)',
    port: gatewayPort,
    env: common,
    subgraphUrls: subgraphUrlEnv(
      (agency) => `${subgraphs[agency.subgraph as SubgraphName].url}/graphql`,
    ),
  });
  const group = await startGroup([...Object.values(subgraphs), gateway], [gateway]);
  return { ...group, gateway };
}

/**
 * (l) A gateway with a deployment's defaults (rate limits, cost budgets,
 * timeout) on the stack's subgraphs, on a port of its own; `subgraphUrls`
 * may point through the bench's counting proxies.
 */
export async function startStockGateway(options: {
  basePort: number;
  secret: string;
  subgraphUrls: Record<string, string>;
}): Promise<ServiceGroup & { gateway: ServiceProcess }> {
  const gateway = gatewayProcess({
    name: 'gateway (stock)',
    port: benchPorts(options.basePort).stockGateway,
    env: commonEnv('warn', options.secret),
    subgraphUrls: options.subgraphUrls,
    stock: true,
  });
  const group = await startGroup([gateway]);
  return { ...group, gateway };
}

/**
 * The peer gateway (`peerGateway.ts`, @graphql-hive/gateway) on the
 * stack's subgraphs, at the port after the stack's, serving `supergraph`
 * (a file), or the hub's when null.
 */
export function peerProcess(
  stack: Stack,
  options: { basePort: number; secret: string; supergraph: string | null },
): ServiceProcess {
  return new ServiceProcess({
    name: 'peer gateway',
    cwd: BENCH,
    entry: 'src/stack/peerGateway.ts',
    port: benchPorts(options.basePort).peer,
    env: {
      ...commonEnv('warn', options.secret),
      ...stack.subgraphUrls,
      ...(options.supergraph ? { PEER_SUPERGRAPH: options.supergraph } : {}),
    },
  });
}

/** Every group started and not yet stopped: what a signal or a failure must stop. */
const running = new Set<ServiceGroup>();

/**
 * `services` (spawned already) as one group, kept in `running` until it is
 * stopped; `first` stop before the others.
 */
export function serviceGroup(
  services: ServiceProcess[],
  first: ServiceProcess[] = [],
): ServiceGroup {
  const group: ServiceGroup = {
    all: services,
    checkAlive() {
      const dead = services.find((service) => !service.running);
      if (dead) throw new Error(dead.describeExit());
    },
    async stop() {
      running.delete(group);
      await Promise.all(first.map((service) => service.stop()));
      await Promise.all(services.map((service) => service.stop()));
    },
  };
  running.add(group);
  return group;
}

/** `serviceGroup`, once every service is ready; stops them all when one is not. */
export async function startGroup(
  services: ServiceProcess[],
  first: ServiceProcess[] = [],
): Promise<ServiceGroup> {
  const group = serviceGroup(services, first);
  try {
    await waitUntilReady(
      services.map((service) => ({
        url: `${service.url}/ready`,
        assertRunning: () => {
          if (!service.running) throw new Error(service.describeExit());
        },
        onReady: () => service.ready(),
      })),
      180_000,
    );
  } catch (error) {
    await group.stop();
    throw error;
  }
  return group;
}

/** Stops every group still running (on a signal, or when the bench fails). */
export async function stopEveryGroup(): Promise<void> {
  await Promise.all([...running].map((group) => group.stop()));
}
