/**
 * `pnpm start`: the whole hub on one machine — the agency subgraphs on
 * embedded PostgreSQL, the notifications service and the gateway, run from
 * their bundles in dist/ (start.mjs builds them when missing or out of
 * date), with their logs in one terminal. Each service runs in a worker
 * thread of this process: its own V8 isolate, environment, port and
 * database, talking to the others over HTTP as in production, but sharing
 * one Node runtime and one compiled PGlite (docs/embedded.md: 1.7 GB as
 * separate processes, under 1 GB so). Each subgraph's database is prepared
 * (migrated, seeded) by a child process that exits when done, and only when
 * it is not prepared yet. Ctrl-C stops them all gracefully. HUB_PORT_OFFSET
 * moves every port and HUB_DATA_ROOT the embedded databases (a test's hub
 * beside another); HUB_FROM_SOURCE=1 runs each service from its TypeScript
 * as a process of its own.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { keepPreparedCluster, startFromPreparedCluster } from '@ipc-hub/db/clusterCache';
import { localSecret, localSubgraphSecret } from '@ipc-hub/identity';
import {
  COMPOSED_SERVICES,
  GATEWAY_DEFAULT_PORT,
  NOTIFICATIONS_SERVICE,
  SUBGRAPHS as REGISTERED,
  subgraphUrlEnv,
} from '@ipc-hub/registry';
import {
  eachLine,
  PREPARE_ONLY_FLAG,
  STOP_MESSAGE,
  waitUntilReady,
} from '@ipc-hub/server-kit/launch';
import { bundleCodeFile, bundleFile, bundles } from './build/bundles';
import { exampleTokens } from './exampleTokens';
import { formatLogLine } from './formatLogLine';
import { preparationKey, preparedState, type ServiceData, writePrepared } from './prepared';

interface Service {
  name: string;
  dir: string;
  port: number;
}
type Subgraph = Service & ServiceData;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const offset = Number(process.env.HUB_PORT_OFFSET ?? 0);
if (!Number.isInteger(offset) || offset < 0 || offset > 60_000) {
  throw new Error(`HUB_PORT_OFFSET must be an integer from 0 to 60000, got ${offset}`);
}
const SUBGRAPHS: Subgraph[] = REGISTERED.map((agency) => ({
  name: agency.subgraph,
  dir: `${root}subgraphs/${agency.subgraph}`,
  port: agency.defaultPort + offset,
  // where the embedded database has always been (DATA_DIR's default, in the subgraph's folder), or under HUB_DATA_ROOT
  dataDir: process.env.HUB_DATA_ROOT
    ? join(process.env.HUB_DATA_ROOT, agency.subgraph)
    : `${root}subgraphs/${agency.subgraph}/.data/${agency.subgraph}`,
  migrationsDir: `${root}subgraphs/${agency.subgraph}/migrations`,
}));
const GATEWAY: Service = {
  name: 'gateway',
  dir: `${root}gateway`,
  port: GATEWAY_DEFAULT_PORT + offset,
};
const GATEWAY_URL = `http://127.0.0.1:${GATEWAY.port}/graphql`;
/** Its own embedded database, migrated by itself at start (it seeds nothing). */
const NOTIFICATIONS: Subgraph = {
  name: NOTIFICATIONS_SERVICE.name,
  dir: `${root}${NOTIFICATIONS_SERVICE.name}`,
  port: NOTIFICATIONS_SERVICE.defaultPort + offset,
  dataDir: process.env.HUB_DATA_ROOT
    ? join(process.env.HUB_DATA_ROOT, NOTIFICATIONS_SERVICE.name)
    : `${root}${NOTIFICATIONS_SERVICE.name}/.data/${NOTIFICATIONS_SERVICE.name}`,
  migrationsDir: `${root}${NOTIFICATIONS_SERVICE.name}/migrations`,
};
const localUrl = (service: { defaultPort: number }) =>
  `http://127.0.0.1:${service.defaultPort + offset}/graphql`;
/** where the notifications relay reads each subgraph's outbox */
const subgraphUrls = subgraphUrlEnv(localUrl);
/** what the gateway composes: the subgraphs and the notifications service */
const composedUrls = subgraphUrlEnv(localUrl, COMPOSED_SERVICES);

/**
 * V8's heap sized for a laptop running them all: a young generation of
 * 6 MB (semi-spaces of 2 MB rather than up to 16 MB: what the services keep
 * between collections is small), and old space capped well above what they
 * use. Flags for a process of its own; limits for a worker thread.
 */
const NODE_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=512'];
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 6, maxOldGenerationSizeMb: 512 };

const out = (line: string) => process.stdout.write(`${line}\n`);

/** A service started: in a worker thread (serving) or a child process (a job, or from source). */
interface Running {
  /** as Ctrl-C: SIGTERM to a process, STOP_MESSAGE to a thread */
  stop(): void;
  /** at once */
  kill(): void;
  /** its exit code (null when ended by a signal) */
  exited: Promise<number | null>;
}
const running = new Map<string, Running>();
let stopping = false;

/**
 * HUB_FROM_SOURCE=1: the services run their TypeScript through tsx, each a
 * process of its own, as before there were bundles (an edit needs no
 * build; the bench's baseline).
 */
const fromSource = process.env.HUB_FROM_SOURCE === '1';
const entries = new Map(bundles().map((bundle) => [bundle.name, bundle.entry]));

/**
 * A service's bundle: serving in a worker thread, or with `args`
 * (--prepare-only) as a child process that does its job and exits, taking
 * the memory the job needed with it.
 */
function start(service: Service, env: Record<string, string>, args: string[] = []): Running {
  const dataDir = (service as Partial<Subgraph>).dataDir;
  const serviceEnv = {
    ...process.env,
    PORT: String(service.port),
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
    ...env,
  };
  const key = [service.name, ...args].join(' ');
  const handle =
    args.length === 0 && !fromSource
      ? inThread(service, serviceEnv)
      : inProcess(service, serviceEnv, args);
  running.set(key, handle);
  handle.exited.then((code) => {
    running.delete(key);
    if (args.length === 0 && !stopping) {
      out(
        `[${service.name}] stopped (exit ${code ?? 'by a signal'}); the other services keep running`,
      );
    }
    if (running.size === 0 && (stopping || args.length === 0)) process.exit(stopping ? 0 : 1);
  });
  return handle;
}

function inThread(service: Service, env: NodeJS.ProcessEnv): Running {
  const worker = new Worker(pathToFileURL(`${root}${bundleFile(service.name)}`), {
    env,
    argv: [],
    stdout: true,
    stderr: true,
    resourceLimits: WORKER_LIMITS,
  });
  relay(service.name, worker.stdout);
  relay(service.name, worker.stderr);
  // an uncaught error ends this service's thread, never the launcher and the others
  worker.on('error', (error) => {
    out(`[${service.name}] failed: ${error.stack ?? error.message}`);
  });
  return {
    stop: () => worker.postMessage(STOP_MESSAGE),
    kill: () => void worker.terminate(),
    exited: new Promise((resolve) => worker.once('exit', resolve)),
  };
}

function inProcess(service: Service, env: NodeJS.ProcessEnv, args: string[]): Running {
  const code = fromSource
    ? ['--import', 'tsx', `${root}${entries.get(service.name)}`]
    : [`${root}${bundleFile(service.name)}`];
  const child = spawn(process.execPath, [...NODE_FLAGS, ...code, ...args], {
    cwd: service.dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.stdout) relay(service.name, child.stdout);
  if (child.stderr) relay(service.name, child.stderr);
  return {
    stop: () => child.kill('SIGTERM'),
    kill: () => child.kill('SIGKILL'),
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
  };
}

/** A service's output, line by line, into this terminal with its name. */
function relay(name: string, stream: Readable): void {
  eachLine(stream, (line) => out(formatLogLine(name, line)));
}

function stopAll(): void {
  if (stopping) {
    for (const handle of running.values()) handle.kill();
    return;
  }
  stopping = true;
  out('stopping the hub…');
  for (const handle of running.values()) handle.stop();
  if (running.size === 0) process.exit(0);
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

// One signing secret for all the services: the configured one, or the local hub's own, kept under .data/.
const secret =
  process.env.HUB_JWT_SECRET ?? (process.env.HUB_JWKS_URL ? undefined : localSecret(true));
// And one proof secret (the gateway's, on each call to a subgraph), kept the same way.
const subgraphSecret = process.env.HUB_SUBGRAPH_SECRET ?? localSubgraphSecret(true);
const shared: Record<string, string> = {
  ...(secret ? { HUB_JWT_SECRET: secret } : {}),
  ...(subgraphSecret ? { HUB_SUBGRAPH_SECRET: subgraphSecret } : {}),
  HUB_GATEWAY_URL: GATEWAY_URL,
};

const started = Date.now();

// The gateway first: it serves a composed supergraph and needs no subgraph to start. The web
// console's build (pnpm build) is served at /, with the example tokens handed to it (a local
// hub only: a production gateway is given none).
const consoleDir = `${root}packages/console/dist`;
const consoleBuilt = existsSync(`${consoleDir}/index.html`);
const tokens = await exampleTokens(secret);
const tokensFile = `${root}.data/console-dev-tokens.json`;
mkdirSync(`${root}.data`, { recursive: true });
writeFileSync(tokensFile, JSON.stringify(tokens.map(([label, token]) => ({ label, token }))), {
  mode: 0o600,
});
if (!consoleBuilt) out('[console] not built (pnpm build): the gateway serves the API only');
start(GATEWAY, {
  ...shared,
  ...composedUrls,
  ...(consoleBuilt ? { CONSOLE_DIR: consoleDir, CONSOLE_DEV_TOKENS_FILE: tokensFile } : {}),
});

// Each subgraph's database prepared by a child of its own when not prepared yet, as many at a
// time as there are cores (seeding is CPU-bound); each subgraph serves once its database is
// ready, and never seeds itself: the memory seeding takes left with the child.
// reads the subgraphs' outboxes (with the proof secret) and delivers webhooks; loopback targets allowed here
start(NOTIFICATIONS, { ...shared, ...subgraphUrls });

const failed = new Set<string>();
await inTurn(SUBGRAPHS, Math.max(1, availableParallelism()), async (service) => {
  const state = preparedState(service);
  if (state.prepared) {
    out(`[${service.name}] database prepared before (${state.migration}): not seeding again`);
  } else if (!(await prepare(service, state))) {
    failed.add(service.name);
    return;
  }
  if (!stopping) start(service, { ...shared, HUB_SEED: 'false' });
});

/**
 * A subgraph's database migrated and seeded: copied from the cluster this
 * machine prepared before with the same bundle and migrations when its
 * data folder is new (docs/embedded.md), else prepared by a child process
 * and then kept for the next new folder. From source there is no bundle
 * to key the copy by: always prepared.
 */
async function prepare(
  service: Subgraph,
  { migration, reason }: { migration: string; reason: string },
): Promise<boolean> {
  const at = Date.now();
  const seconds = () => ((Date.now() - at) / 1000).toFixed(1);
  const key = fromSource ? null : preparationKey(service, `${root}${bundleCodeFile(service.name)}`);
  if (key && (await startFromPreparedCluster(service.name, key, service.dataDir))) {
    writePrepared(service, migration);
    out(
      `[${service.name}] database copied from the one prepared on this machine in ${seconds()} s`,
    );
    return true;
  }
  out(`[${service.name}] preparing its database (${reason})…`);
  const code = await start(service, shared, [PREPARE_ONLY_FLAG]).exited;
  if (code !== 0) {
    out(`[${service.name}] preparing its database failed (${code ?? 'stopped'}): not started`);
    return false;
  }
  writePrepared(service, migration);
  if (key) await keepPreparedCluster(service.name, key, service.dataDir);
  out(`[${service.name}] database prepared in ${seconds()} s`);
  return true;
}

try {
  await waitUntilReady(
    [...SUBGRAPHS.filter((s) => !failed.has(s.name)), NOTIFICATIONS, GATEWAY].map(
      (s) => `http://127.0.0.1:${s.port}/ready`,
    ),
    180_000,
  );
} catch (error) {
  out(`the hub did not come up: ${error instanceof Error ? error.message : String(error)}`);
  stopAll();
}
if (!stopping) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  out('');
  out(`ipc-hub is up in ${seconds} s — gateway: ${GATEWAY_URL}`);
  out(`  console      http://127.0.0.1:${GATEWAY.port}/`);
  for (const s of SUBGRAPHS) out(`  ${s.name.padEnd(12)} http://127.0.0.1:${s.port}/graphql`);
  out(
    `  ${NOTIFICATIONS.name.padEnd(12)} http://127.0.0.1:${NOTIFICATIONS.port}/graphql  (watches, feed, webhooks, behind the gateway: docs/notifications.md)`,
  );
  out('');
  out(
    'Without a token you are the public. Tokens for this hub (8 hours), sent as  Authorization: Bearer <token>:',
  );
  for (const [label, token] of tokens) out(`  ${label}:\n    ${token}`);
  out(
    'More with  pnpm -s token --role DONRE  (CITY DOIT HIZA POLICE; AREA --admin-units 00454 (a commune; 017 a former district); OPERATOR --facility-ids <id>)',
  );
  out('');
  out('Try:');
  out(
    `  curl -s ${GATEWAY_URL} -H 'content-type: application/json' \\\n    -d '{"query":"{ zones(first: 50) { edges { node { name kind facilities { name zone { name } } } } } }"}'`,
  );
  out('');
}

/** Runs `work` on each item, at most `concurrency` at a time. */
async function inTurn<T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined && !stopping; item = queue.shift()) {
        await work(item);
      }
    }),
  );
}
