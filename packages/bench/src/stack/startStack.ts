import { fileURLToPath } from 'node:url';
import { type BenchDatabases, SUBGRAPH_NAMES, type SubgraphName } from '../databases';
import { ServiceProcess } from './ServiceProcess';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BENCH = fileURLToPath(new URL('../../', import.meta.url));

export interface StackOptions {
  databases: BenchDatabases;
  /** the gateway's port; the subgraphs take the next four, the unshielded copy the one after */
  basePort: number;
  /** the services' LOG_LEVEL: `info` to read per-request SQL counts, `warn` to time them */
  logLevel: 'info' | 'warn';
  /** HS256 secret every service verifies tokens with */
  secret: string;
  /** also start the environment subgraph with field access off (for the shield's cost) */
  withoutShield: boolean;
}

export interface Stack {
  gateway: ServiceProcess;
  subgraphs: Record<SubgraphName, ServiceProcess>;
  environmentWithoutShield: ServiceProcess | null;
  all: ServiceProcess[];
  /** throws when a service has died since it was ready */
  checkAlive(): void;
  stop(): Promise<void>;
}

/**
 * The five services as separate processes on the benchmark's databases,
 * as devstack starts them, on ports of their own (the developer's hub may
 * be running on 4000–4004). No seeding: `pnpm seed` wrote the data.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const { basePort, databases } = options;
  const gatewayUrl = `http://127.0.0.1:${basePort}/graphql`;
  const common = {
    LOG_LEVEL: options.logLevel,
    HOST: '127.0.0.1',
    HUB_JWT_SECRET: options.secret,
    APOLLO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'development',
  };
  const subgraphEnv = (name: SubgraphName) => ({
    ...common,
    DATABASE_URL: databases.subgraph(name),
    HUB_SEED: 'false',
    HUB_GATEWAY_URL: gatewayUrl,
  });
  const subgraphPort = (name: SubgraphName) => basePort + 1 + SUBGRAPH_NAMES.indexOf(name);

  const subgraphs = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      new ServiceProcess({
        name,
        cwd: `${ROOT}subgraphs/${name}`,
        entry: 'src/index.ts',
        port: subgraphPort(name),
        env: subgraphEnv(name),
      }),
    ]),
  ) as Record<SubgraphName, ServiceProcess>;
  const environmentWithoutShield = options.withoutShield
    ? new ServiceProcess({
        name: 'environment (no shield)',
        cwd: BENCH,
        entry: 'src/stack/environmentWithoutShield.ts',
        port: basePort + 5,
        env: subgraphEnv('environment'),
      })
    : null;
  const gateway = new ServiceProcess({
    name: 'gateway',
    cwd: `${ROOT}gateway`,
    entry: 'src/index.ts',
    port: basePort,
    env: {
      ...common,
      ENVIRONMENT_URL: `${subgraphs.environment.url}/graphql`,
      INDUSTRY_URL: `${subgraphs.industry.url}/graphql`,
      ZONES_URL: `${subgraphs.zones.url}/graphql`,
      POLICE_URL: `${subgraphs.police.url}/graphql`,
      // A benchmark is one caller sending far more than an officer would, and asking for 1 000
      // rows with their lists: the per-caller rate limit and the cost limit would refuse it.
      RATE_LIMIT_PER_SECOND: '0',
      QUERY_MAX_COST: '10000000',
      // A loaded machine must not turn slowness into AGENCY_UNAVAILABLE.
      SUBGRAPH_TIMEOUT_MS: '60000',
    },
  });

  const all = [
    ...Object.values(subgraphs),
    ...(environmentWithoutShield ? [environmentWithoutShield] : []),
    gateway,
  ];
  const stack: Stack = {
    gateway,
    subgraphs,
    environmentWithoutShield,
    all,
    checkAlive() {
      const dead = all.find((service) => !service.running);
      if (dead) throw new Error(dead.describeExit());
    },
    async stop() {
      // the gateway first, so that it does not report the subgraphs it loses
      await gateway.stop();
      await Promise.all(all.map((service) => service.stop()));
    },
  };
  try {
    await waitUntilReady(all, 180_000);
  } catch (error) {
    await stack.stop();
    throw error;
  }
  return stack;
}

/** Polls each service's `/ready` until it answers 200; fails at once when one exits. */
async function waitUntilReady(services: ServiceProcess[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(services);
  while (pending.size > 0) {
    for (const service of [...pending]) {
      if (!service.running) throw new Error(service.describeExit());
      try {
        const response = await fetch(`${service.url}/ready`, {
          signal: AbortSignal.timeout(2_000),
        });
        if (response.ok) {
          service.ready();
          pending.delete(service);
        }
      } catch {
        // not listening yet
      }
    }
    if (pending.size === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`not ready in time: ${[...pending].map((s) => s.name).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
