/**
 * `pnpm bench [--scale N] [--reseed] [--runs 30] [--warmup 5] [--concurrency 16] [--seconds 10] [--port 4100]`:
 * the hub's five services as separate processes on the machine's
 * PostgreSQL, each figure measured against a baseline in the same run;
 * prints one table and writes the figures as JSON under
 * packages/bench/results/. See packages/bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { signToken } from '@ipc-hub/identity';
import { benchDatabases, withClient } from './databases';
import { seededScale } from './floor/buildFloor';
import { GraphQLClient } from './load/GraphQLClient';
import { federationOverhead } from './measure/federationOverhead';
import { fieldAccessCost } from './measure/fieldAccessCost';
import { smallQueryThroughput } from './measure/smallQueryThroughput';
import { statementsPerRequest } from './measure/statementsPerRequest';
import { type BenchResults, formatTable } from './report';
import { scaleOption } from './scaleOption';
import { seedAtScale } from './seed/seedAtScale';
import { type Stack, startStack } from './stack/startStack';

const RESULTS = new URL('../results/', import.meta.url);
const DASHBOARD_SIZE = 1000;
const STATEMENT_SIZES = [10, 100, 1000];

const say = (line: string) => process.stdout.write(`${line}\n`);

const { values } = parseArgs({
  options: {
    scale: { type: 'string' },
    reseed: { type: 'boolean', default: false },
    runs: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '10' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '4100' },
  },
});

function count(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
}

let running: Stack | null = null;
async function stopRunning(): Promise<void> {
  const stack = running;
  running = null;
  await stack?.stop();
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    say(`\n${signal}: stopping the services…`);
    void stopRunning().finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const scale = scaleOption(values.scale);
  const runs = count('runs', values.runs, 5);
  const warmup = count('warmup', values.warmup, 0);
  const concurrency = count('concurrency', values.concurrency, 1);
  const roundSeconds = count('seconds', values.seconds, 1);
  const basePort = count('port', values.port, 1024);
  const databases = benchDatabases();

  const seeded = await seededScale(databases);
  if (values.reseed || seeded !== scale) {
    say(
      seeded === null
        ? 'no benchmark databases yet: seeding'
        : seeded !== scale
          ? `the databases hold scale ${seeded}: reseeding at ${scale}`
          : 'reseeding, as asked',
    );
    await seedAtScale(databases, scale, say);
  }
  const facilityIds = await withClient(databases.floor, async (client) =>
    (await client.query<{ id: string }>('select id from facilities')).rows.map((row) => row.id),
  );
  const dashboardSize = Math.min(DASHBOARD_SIZE, facilityIds.length);

  const secret = randomBytes(36).toString('base64url');
  const token = await signToken(
    { sub: 'bench@donre', role: 'DONRE', expiresIn: 6 * 3600 },
    { HUB_JWT_SECRET: secret, HUB_JWT_ISSUER: 'ipc-hub', HUB_JWT_AUDIENCE: 'ipc-hub' },
  );

  // Phase 1: the subgraphs log every request with its SQL statements (LOG_LEVEL=info); nothing is timed.
  say('starting the hub with request logs on, to count SQL statements…');
  running = await startStack({
    databases,
    basePort,
    logLevel: 'info',
    secret,
    withoutShield: false,
  });
  const counting = new GraphQLClient(`${running.gateway.url}/graphql`, token);
  const statements = await statementsPerRequest(
    counting,
    running.subgraphs,
    STATEMENT_SIZES.filter((size) => size <= facilityIds.length),
  );
  counting.close();
  running.checkAlive();
  await stopRunning();

  // Phase 2: LOG_LEVEL=warn, as measured; everything timed runs here.
  say('starting the hub with LOG_LEVEL=warn, and the environment subgraph without shield…');
  const stack = await startStack({
    databases,
    basePort,
    logLevel: 'warn',
    secret,
    withoutShield: true,
  });
  running = stack;
  const gateway = new GraphQLClient(`${stack.gateway.url}/graphql`, token, concurrency);
  const environment = new GraphQLClient(
    `${stack.subgraphs.environment.url}/graphql`,
    token,
    concurrency,
  );
  const unshielded = new GraphQLClient(
    `${stack.environmentWithoutShield?.url ?? ''}/graphql`,
    token,
  );
  try {
    say(`a. dashboard through the gateway vs one SQL statement, ${runs} runs each…`);
    const overhead = await federationOverhead(
      gateway,
      databases.floor,
      dashboardSize,
      runs,
      warmup,
    );
    stack.checkAlive();
    say(`d. ${dashboardSize} facilities from the environment subgraph, shield on vs off…`);
    const access = await fieldAccessCost(environment, unshielded, dashboardSize, runs, warmup);
    stack.checkAlive();
    say(
      `c. facility(id) at ${concurrency} concurrent, 2 × ${roundSeconds} s each for the gateway and the environment subgraph…`,
    );
    const timedServices = [stack.gateway, ...Object.values(stack.subgraphs)];
    const throughput = await smallQueryThroughput(gateway, environment, facilityIds, {
      concurrency,
      warmupMs: 3_000,
      rounds: 2,
      roundMs: roundSeconds * 1000,
      serviceCpuSeconds: () =>
        Object.fromEntries(timedServices.map((s) => [s.name, s.cpuSeconds() ?? 0])),
    });
    stack.checkAlive();

    const results: BenchResults = {
      startedAt: startedAt.toISOString(),
      seconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      machine: {
        cpus: availableParallelism(),
        loadAverage: loadavg(),
        node: process.version,
        commit: commit(),
      },
      scale,
      facilitiesSeeded: facilityIds.length,
      federationOverhead: overhead,
      statementsPerRequest: statements,
      smallQueryThroughput: throughput,
      fieldAccessCost: access,
      peakRssMb: Object.fromEntries(stack.all.map((s) => [s.name, s.peakRssMb()])),
      warnings: Object.fromEntries(stack.all.map((s) => [s.name, s.warningMessages])),
    };
    say('');
    say(formatTable(results));
    mkdirSync(RESULTS, { recursive: true });
    const json = `${JSON.stringify(results, null, 2)}\n`;
    const file = new URL(`bench-${results.startedAt.replace(/[:.]/g, '-')}.json`, RESULTS);
    writeFileSync(file, json);
    writeFileSync(new URL('latest.json', RESULTS), json);
    say(`\nwritten to ${file.pathname} (and latest.json) in ${results.seconds} s`);
  } finally {
    gateway.close();
    environment.close();
    unshielded.close();
  }
}

/** The commit measured, for the record; null outside a git checkout. */
function commit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(
    `pnpm bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  await stopRunning();
}
