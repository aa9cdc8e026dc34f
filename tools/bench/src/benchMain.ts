/**
 * `pnpm bench [--scale N] [--reseed] [--runs 30] [--warmup 5] [--concurrency 16] [--seconds 10] [--port 4100]
 *   [--skip coldstart,ingest,notifications,readings,peer,report,profile,guards,attack,board] [--peer-supergraph <file>]`:
 * the hub's five services as separate processes on the machine's
 * PostgreSQL, each figure measured against a baseline in the same run;
 * prints one table and writes the figures as JSON under
 * tools/bench/results/. See tools/bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { signToken } from '@ipc-hub/identity';
import { type BenchDatabases, benchDatabases, withClient } from './databases';
import { seededScale } from './floor/buildFloor';
import { type CountingProxy, countingProxy } from './load/countingProxy';
import { GraphQLClient } from './load/GraphQLClient';
import { type AttackOnStock, attackOnStock } from './measure/attackOnStock';
import { type BoardRender, boardRender } from './measure/boardRender';
import { coldStart, withEmbeddedHub } from './measure/coldStart';
import { federationOverhead } from './measure/federationOverhead';
import { fieldAccessCost } from './measure/fieldAccessCost';
import { type GuardsCost, guardsCost } from './measure/guardsCost';
import { type HourlyAggregates, hourlyAggregates } from './measure/hourlyAggregates';
import { ingestionThroughput } from './measure/ingestionThroughput';
import { notificationsThroughput } from './measure/notificationsThroughput';
import { type ObservabilityCost, observabilityCost } from './measure/observabilityCost';
import { peerComparison } from './measure/peerComparison';
import { type DashboardProfile, profiledDashboard } from './measure/profiledDashboard';
import { type ReportTime, reportTime } from './measure/reportTime';
import { smallQueryThroughput } from './measure/smallQueryThroughput';
import { statementsPerRequest } from './measure/statementsPerRequest';
import { type ReadingsDatabase, readingsDatabase } from './monitoring/readingsDatabase';
import { isMeasured, type NotMeasured } from './notMeasured';
import { collectProfiles } from './profile/collectProfiles';
import { type BenchResults, formatTable } from './report';
import { scaleOption } from './scaleOption';
import { seedAtScale } from './seed/seedAtScale';
import { type Skippable, skipOption } from './skipOption';
import { gatewayProof } from './stack/gatewayProof';
import { otlpReceiver } from './stack/otlpReceiver';
import { benchPorts } from './stack/ports';
import type { ServiceProcess } from './stack/ServiceProcess';
import {
  commonEnv,
  peerProcess,
  type Stack,
  startGroup,
  startStack,
  startStockGateway,
  startTraced,
  startUnguarded,
  stopEveryGroup,
  subgraphProcess,
} from './stack/startStack';

const RESULTS = new URL('../results/', import.meta.url);
const DASHBOARD_SIZE = 1000;
const STATEMENT_SIZES = [10, 100, 1000];
const INGEST_ROUNDS = 3;
const REPORT_RUNS = 20;
const BOARD_RUNS = 10;

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
    skip: { type: 'string', default: '' },
    'peer-supergraph': { type: 'string' },
  },
});

function count(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    say(`\n${signal}: stopping the services…`);
    void stopEveryGroup().finally(() => process.exit(130));
  });
}

interface Settings {
  databases: BenchDatabases;
  basePort: number;
  secret: string;
  runs: number;
  warmup: number;
  skip: Set<Skippable>;
  /** the supergraph file the peer serves instead of the hub's (`--peer-supergraph`) */
  peerSupergraph: string | null;
}

/** Says `what` and runs `part`, unless `--skip` names it. */
async function unlessSkipped<T>(
  settings: Settings,
  name: Skippable,
  what: string,
  part: () => Promise<T | NotMeasured>,
): Promise<T | NotMeasured> {
  if (settings.skip.has(name)) return { notMeasured: `--skip ${name}` };
  say(what);
  return part();
}

/** Runs `work` with `client`, closing it after. */
async function withGraphQLClient<T>(
  client: GraphQLClient,
  work: (client: GraphQLClient) => Promise<T>,
) {
  try {
    return await work(client);
  } finally {
    client.close();
  }
}

/** CPU seconds used so far by each of `services`. */
const cpuOf = (services: ServiceProcess[]) => () =>
  Object.fromEntries(services.map((s) => [s.name, s.cpuSeconds() ?? 0]));

async function main(): Promise<void> {
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const scale = scaleOption(values.scale);
  const runs = count('runs', values.runs, 5);
  const warmup = count('warmup', values.warmup, 0);
  const concurrency = count('concurrency', values.concurrency, 1);
  const roundSeconds = count('seconds', values.seconds, 1);
  const basePort = count('port', values.port, 1024);
  const databases = benchDatabases();
  const secret = randomBytes(36).toString('base64url');
  const settings: Settings = {
    databases,
    basePort,
    secret,
    runs,
    warmup,
    skip: skipOption(values.skip),
    // from where the user typed it: pnpm runs a script in its package's folder, INIT_CWD is theirs
    peerSupergraph: values['peer-supergraph']
      ? resolve(process.env.INIT_CWD ?? process.cwd(), values['peer-supergraph'])
      : null,
  };

  // First, while nothing else of the bench runs: start-up is what a new machine sees,
  // and the board in a browser on the hub `pnpm start` starts (on h's warm start).
  let board: BoardRender | NotMeasured = { notMeasured: '--skip board' };
  const measureBoard = async (base: string): Promise<void> => {
    if (settings.skip.has('board')) return;
    say(`m. the city board in Chromium on pnpm start's hub, ${BOARD_RUNS} runs…`);
    try {
      board = await boardRender(base, BOARD_RUNS);
    } catch (error) {
      board = { notMeasured: `! ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  const startUp = await unlessSkipped(
    settings,
    'coldstart',
    'h. pnpm start from no data to its first answer, then again on the data it made…',
    () => coldStart(secret, measureBoard),
  );
  if (settings.skip.has('coldstart') && !settings.skip.has('board')) {
    say('starting pnpm start (embedded databases) for m…');
    const started = await withEmbeddedHub(secret, async (base) => {
      await measureBoard(base);
      return { started: true };
    });
    if (!isMeasured(started)) board = started;
  }

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
  const facilityName = await withClient(
    databases.floor,
    async (client) =>
      (
        await client.query<{ name: string }>('select name from facilities where id = $1', [
          facilityIds[0],
        ])
      ).rows[0]?.name ?? '',
  );
  const sign = (sub: string, role: 'DONRE' | 'CITY') =>
    signToken(
      { sub, role, expiresIn: 6 * 3600 },
      { HUB_JWT_SECRET: secret, HUB_JWT_ISSUER: 'ipc-hub', HUB_JWT_AUDIENCE: 'ipc-hub' },
    );
  const token = await sign('bench@donre', 'DONRE');
  const cityToken = await sign('bench@city', 'CITY');

  const ingestion = await unlessSkipped(
    settings,
    'ingest',
    `e. ${INGEST_ROUNDS} rounds of a drop folder through pnpm ingest's import vs COPY of the same rows…`,
    () => ingestionThroughput(databases, INGEST_ROUNDS),
  );
  const notifications = await unlessSkipped(
    settings,
    'notifications',
    'n. the outbox row on recordViolation and on ingestion, and events from an outbox to a webhook…',
    () => notificationsThroughput(databases, 3),
  );
  const readings = await unlessSkipped(
    settings,
    'readings',
    'f. a month of hourly readings at 10M and 100M readings (a table is built once if missing)…',
    () => readingsPhase(settings, token),
  );

  // Phase 1: the subgraphs log every request with its SQL statements (LOG_LEVEL=info); nothing is timed.
  say('starting the hub with request logs on, to count SQL statements…');
  const counted = await startStack({
    databases,
    basePort,
    logLevel: 'info',
    secret,
    withoutShield: false,
  });
  const counting = new GraphQLClient(`${counted.gateway.url}/graphql`, token);
  const statements = await statementsPerRequest(
    counting,
    counted.subgraphs,
    STATEMENT_SIZES.filter((size) => size <= facilityIds.length),
  );
  counting.close();
  counted.checkAlive();
  await counted.stop();

  // Phase 2: LOG_LEVEL=warn, as measured; everything timed against the hub runs here.
  say('starting the hub with LOG_LEVEL=warn, the environment subgraph without shield…');
  const stack = await startStack({
    databases,
    basePort,
    logLevel: 'warn',
    secret,
    withoutShield: true,
  });
  const peerGateway = await unlessSkipped(
    settings,
    'peer',
    'starting the peer gateway, @graphql-hive/gateway, on the same subgraphs…',
    () => startPeer(settings, stack),
  );
  const gateway = new GraphQLClient(`${stack.gateway.url}/graphql`, token, concurrency);
  const environment = new GraphQLClient(
    `${stack.subgraphs.environment.url}/graphql`,
    token,
    concurrency,
    gatewayProof('environment'),
  );
  const unshielded = new GraphQLClient(
    `${stack.environmentWithoutShield?.url ?? ''}/graphql`,
    token,
    1,
    gatewayProof('environment'),
  );
  const city = new GraphQLClient(`${stack.gateway.url}/graphql`, cityToken);
  const subgraphs = Object.values(stack.subgraphs);
  const load = {
    concurrency,
    warmupMs: 3_000,
    rounds: 2,
    roundMs: roundSeconds * 1000,
  };
  let results: BenchResults;
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
    const guards = await unlessSkipped(
      settings,
      'guards',
      `k. the dashboard with the gateway's proof and the subgraphs' own limits vs without, ${runs} runs each…`,
      () => guardsPhase(settings, gateway, token, dashboardSize),
    );
    stack.checkAlive();
    const observability = await unlessSkipped(
      settings,
      'observability',
      `o. the dashboard with tracing exported and metrics scraped every second vs neither, ${runs} runs each…`,
      () => observabilityPhase(settings, gateway, token, dashboardSize),
    );
    stack.checkAlive();
    const attack = await unlessSkipped(
      settings,
      'attack',
      "l. issue 16's attack on a gateway with a deployment's defaults, a CITY officer's facility(id) before and during…",
      () =>
        attackPhase(settings, stack, cityToken, {
          id: facilityIds[0] ?? '',
          name: facilityName,
        }),
    );
    stack.checkAlive();
    say(
      `c. facility(id) at ${concurrency} concurrent, 2 × ${roundSeconds} s each for the gateway and the environment subgraph…`,
    );
    const throughput = await smallQueryThroughput(gateway, environment, facilityIds, {
      ...load,
      serviceCpuSeconds: cpuOf([stack.gateway, ...subgraphs]),
    });
    stack.checkAlive();
    if (isMeasured(peerGateway)) {
      say(
        'g. the same load and the dashboard through ours and @graphql-hive/gateway, alternating…',
      );
    }
    const peerFigures = isMeasured(peerGateway)
      ? await withGraphQLClient(
          new GraphQLClient(`${peerGateway.url}/graphql`, token, concurrency),
          (peer) =>
            peerComparison(gateway, peer, facilityIds, {
              ...load,
              runs,
              warmup,
              dashboardSize,
              supergraph: settings.peerSupergraph,
              oursCpuSeconds: cpuOf([stack.gateway, ...subgraphs]),
              peerCpuSeconds: cpuOf([peerGateway, ...subgraphs]),
            }),
        )
      : peerGateway;
    stack.checkAlive();
    const report = await unlessSkipped(
      settings,
      'report',
      `i. the plan's report for the whole city, ${REPORT_RUNS} runs…`,
      () =>
        planReportTime(
          city,
          // the gateway's subgraph requests, and the SQL statements the subgraphs ran
          () => metricTotal([stack.gateway.url], 'hub_subgraph_requests_total'),
          () =>
            metricTotal(
              Object.values(stack.subgraphs).map((s) => s.url),
              'hub_db_statements_total',
            ),
        ),
    );
    stack.checkAlive();
    const measured = [...stack.all, ...(isMeasured(peerGateway) ? [peerGateway] : [])];
    const peakRssMb = Object.fromEntries(measured.map((s) => [s.name, s.peakRssMb()]));
    const warnings = Object.fromEntries(stack.all.map((s) => [s.name, s.warningMessages]));
    await stopEveryGroup();

    const cpuProfile = await unlessSkipped(
      settings,
      'profile',
      'j. the dashboard again, the gateway and environment subgraph under --cpu-prof…',
      () => profilePhase(settings, token, stamp, dashboardSize),
    );

    results = {
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
      guardsCost: guards,
      observabilityCost: observability,
      attack,
      ingestion,
      notifications,
      hourlyAggregates: readings,
      peer: peerFigures,
      coldStart: startUp,
      reportTime: report,
      boardRender: board,
      cpuProfile,
      peakRssMb,
      warnings,
    };
  } finally {
    for (const client of [gateway, environment, unshielded, city]) client.close();
  }
  say('');
  say(formatTable(results));
  mkdirSync(RESULTS, { recursive: true });
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const file = new URL(`bench-${stamp}.json`, RESULTS);
  writeFileSync(file, json);
  writeFileSync(new URL('latest.json', RESULTS), json);
  say(`\nwritten to ${file.pathname} (and latest.json) in ${results.seconds} s`);
}

/**
 * (f) The two readings databases (built when missing), an environment
 * subgraph on each, and the month's hourly series asked of both.
 */
async function readingsPhase(settings: Settings, token: string): Promise<HourlyAggregates> {
  const databases = [
    await readings(settings, 'readings_10m', 10_000_000),
    await readings(settings, 'readings_100m', 100_000_000),
  ];
  const env = {
    ...commonEnv('warn', settings.secret),
    HUB_GATEWAY_URL: `http://127.0.0.1:${settings.basePort}/graphql`,
  };
  const [small, large] = databases.map((database, index) => {
    const service = subgraphProcess({
      name: 'environment',
      label: `environment on ${database.readings} readings`,
      databaseUrl: database.url,
      port: benchPorts(settings.basePort).readings(index),
      env,
    });
    return {
      database,
      service,
      client: new GraphQLClient(`${service.url}/graphql`, token, 1, gatewayProof('environment')),
    };
  });
  if (!small || !large) throw new Error('two readings databases expected');
  const group = await startGroup([small.service, large.service]);
  try {
    const figures = await hourlyAggregates(small, large, settings.runs, settings.warmup);
    group.checkAlive();
    return figures;
  } finally {
    small.client.close();
    large.client.close();
    await group.stop();
  }
}

/** The bench's database of about `target` readings, built when missing, kept after. */
async function readings(
  settings: Settings,
  suffix: string,
  target: number,
): Promise<ReadingsDatabase> {
  const { databases } = settings;
  const database = await readingsDatabase(databases.admin, databases.named(suffix), target, say);
  say(
    `   ${suffix}: ${database.readings} readings, ${database.sizeMb.database} MB, built in ${database.build.buildSeconds.toFixed(0)} s${database.builtThisRun ? '' : ' by an earlier run'}`,
  );
  return database;
}

/**
 * (g) The peer gateway on the stack's subgraphs, or why it is not running:
 * a supergraph it cannot serve is a finding, not a failure of the bench.
 */
async function startPeer(settings: Settings, stack: Stack): Promise<ServiceProcess | NotMeasured> {
  const peer = peerProcess(stack, {
    basePort: settings.basePort,
    secret: settings.secret,
    supergraph: settings.peerSupergraph,
  });
  try {
    await startGroup([peer]);
    return peer;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const why = /the peer cannot serve the supergraph: .*/.exec(message)?.[0];
    if (!why) throw error;
    return { notMeasured: `! ${why}` };
  }
}

/**
 * (k) The four subgraphs again without the gateway's proof and their own
 * limits, with a gateway of their own, and the dashboard through both.
 */
async function guardsPhase(
  settings: Settings,
  gateway: GraphQLClient,
  token: string,
  facilities: number,
): Promise<GuardsCost> {
  const unguarded = await startUnguarded({
    databases: settings.databases,
    basePort: settings.basePort,
    secret: settings.secret,
  });
  const client = new GraphQLClient(`${unguarded.gateway.url}/graphql`, token);
  try {
    const figures = await guardsCost(gateway, client, facilities, settings.runs, settings.warmup);
    unguarded.checkAlive();
    return figures;
  } finally {
    client.close();
    await unguarded.stop();
  }
}

/**
 * (o) A second stack on the same databases exporting every span to an OTLP
 * receiver on loopback, its services' /metrics scraped every second, and
 * the dashboard through it and through the bench's own stack.
 */
async function observabilityPhase(
  settings: Settings,
  gateway: GraphQLClient,
  token: string,
  facilities: number,
): Promise<ObservabilityCost> {
  const receiver = await otlpReceiver(benchPorts(settings.basePort).otlpReceiver);
  try {
    const traced = await startTraced({
      databases: settings.databases,
      basePort: settings.basePort,
      secret: settings.secret,
      otlpEndpoint: receiver.url,
    });
    const client = new GraphQLClient(`${traced.gateway.url}/graphql`, token);
    const scrape = async () => {
      await Promise.all(
        traced.services.map(async (service) => {
          const response = await fetch(`${service.url}/metrics`);
          await response.text();
          if (!response.ok)
            throw new Error(`${service.name}: /metrics answered ${response.status}`);
        }),
      );
    };
    try {
      const figures = await observabilityCost(
        client,
        gateway,
        scrape,
        () => ({ requests: receiver.requests(), bytes: receiver.bytes() }),
        facilities,
        settings.runs,
        settings.warmup,
      );
      traced.checkAlive();
      return figures;
    } finally {
      client.close();
      await traced.stop();
    }
  } finally {
    await receiver.close();
  }
}

const ATTACKERS = 3;
const ATTACK_ROUNDS = 2;
const OFFICER_PER_ROUND = 40;
/** below a signed-in caller's default rate limit (20/s) */
const OFFICER_PER_SECOND = 10;

/**
 * (l) A gateway with a deployment's defaults on the stack's subgraphs,
 * through proxies that count its calls, attacked while a CITY officer asks
 * for a facility.
 */
async function attackPhase(
  settings: Settings,
  stack: Stack,
  cityToken: string,
  facility: { id: string; name: string },
): Promise<AttackOnStock> {
  const proxies: CountingProxy[] = [];
  const stock = await (async () => {
    const urls: Record<string, string> = {};
    for (const [variable, url] of Object.entries(stack.subgraphUrls)) {
      const proxy = await countingProxy(url);
      proxies.push(proxy);
      urls[variable] = proxy.url;
    }
    return startStockGateway({
      basePort: settings.basePort,
      secret: settings.secret,
      subgraphUrls: urls,
    });
  })();
  const url = `${stock.gateway.url}/graphql`;
  const attackerToken = await signToken(
    { sub: 'bench@attacker', role: 'CITY', expiresIn: 3600 },
    { HUB_JWT_SECRET: settings.secret, HUB_JWT_ISSUER: 'ipc-hub', HUB_JWT_AUDIENCE: 'ipc-hub' },
  );
  const officer = new GraphQLClient(url, cityToken);
  const attackers = [
    { caller: 'no token', client: new GraphQLClient(url, null, ATTACKERS) },
    { caller: 'a CITY token', client: new GraphQLClient(url, attackerToken, ATTACKERS) },
  ];
  try {
    const figures = await attackOnStock({
      officer,
      attackers,
      facilityId: facility.id,
      facilityName: facility.name,
      subgraphCalls: () => proxies.reduce((sum, proxy) => sum + proxy.calls(), 0),
      concurrency: ATTACKERS,
      rounds: ATTACK_ROUNDS,
      officerRequestsPerRound: OFFICER_PER_ROUND,
      officerPerSecond: OFFICER_PER_SECOND,
    });
    stock.checkAlive();
    return figures;
  } finally {
    officer.close();
    for (const { client } of attackers) client.close();
    await stock.stop();
    await Promise.all(proxies.map((proxy) => proxy.close()));
  }
}

/** (i) The report is being built by others: its failure is reported, not fatal. */
async function planReportTime(
  city: GraphQLClient,
  subgraphCalls: () => Promise<number>,
  sqlStatements: () => Promise<number>,
): Promise<ReportTime | NotMeasured> {
  try {
    return await reportTime(city, REPORT_RUNS, 2, subgraphCalls, sqlStatements);
  } catch (error) {
    return { notMeasured: `! failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A counter's total so far over some services, every label summed (their /metrics). */
async function metricTotal(serviceUrls: readonly string[], name: string): Promise<number> {
  const texts = await Promise.all(
    serviceUrls.map(async (url) => (await fetch(`${url}/metrics`)).text()),
  );
  return texts
    .flatMap((text) => text.split('\n'))
    .filter((line) => line.startsWith(name))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/**
 * (j) A stack whose gateway and environment subgraph run under
 * `--cpu-prof`, the dashboard through it, and the profiles (written when
 * the processes exit) summarized over the timed runs.
 */
async function profilePhase(
  settings: Settings,
  token: string,
  stamp: string,
  facilities: number,
): Promise<DashboardProfile> {
  const folder = `profiles-${stamp}`;
  const dir = fileURLToPath(new URL(`${folder}/`, RESULTS));
  mkdirSync(dir, { recursive: true });
  const stack: Stack = await startStack({
    databases: settings.databases,
    basePort: settings.basePort,
    logLevel: 'warn',
    secret: settings.secret,
    withoutShield: false,
    cpuProfileDir: dir,
  });
  const gateway = new GraphQLClient(`${stack.gateway.url}/graphql`, token);
  let window: Awaited<ReturnType<typeof profiledDashboard>>;
  try {
    window = await profiledDashboard(gateway, facilities, settings.runs, settings.warmup);
    stack.checkAlive();
  } finally {
    gateway.close();
    await stack.stop();
  }
  const services = await collectProfiles(
    dir,
    { gateway: stack.gateway.pid, environment: stack.subgraphs.environment.pid },
    window,
  );
  return { folder, facilities, latency: window.latency, services };
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
  await stopEveryGroup();
}
