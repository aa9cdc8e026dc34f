import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GATEWAY_DEFAULT_PORT, NOTIFICATIONS_SERVICE, SUBGRAPHS } from '@ipc-hub/registry';
import { requestBody } from '../load/GraphQLClient';
import type { NotMeasured } from '../notMeasured';
import { ratio, round } from '../stats';

/** Resident memory of `pnpm start`'s processes once the hub is up and idle, MB. */
export interface HubMemory {
  totalMb: number;
  /**
   * by process: the launcher (with every service in a thread of its own, as
   * `pnpm start` runs them; from source, each service a process of its own),
   * and the `pnpm` that runs it
   */
  byProcessMb: Record<string, number>;
  /**
   * by service, what its own V8 isolate holds (heap and external memory,
   * PGlite's WebAssembly memory among it) as its /metrics says: resident
   * memory cannot be split between threads, and this is its upper bound
   */
  byServiceMb: Record<string, number>;
}

export interface ColdStart {
  /** a new machine: no embedded databases and no cluster cache yet; created, migrated and seeded */
  coldSeconds: number;
  /**
   * no embedded databases in a new data folder, on a machine that prepared
   * them before: each copied from the cluster cache (`@ipc-hub/db/clusterCache`)
   */
  copiedSeconds: number;
  /** the same again, the databases now there */
  warmSeconds: number;
  /** cold ÷ warm */
  ratio: number;
  /** after the warm start, the services run from their bundles (`pnpm start`) */
  memory: HubMemory;
  /** after a start of the same hub, its services run from source through tsx (HUB_FROM_SOURCE=1) */
  memoryFromSource: HubMemory;
  /** memory ÷ memoryFromSource */
  memoryRatio: number;
  goals: { totalMb: number; subgraphMb: number; coldSeconds: number; warmSeconds: number };
}

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** devstack's fixed ports: the gateway and every registered subgraph. */
const PORTS = [
  GATEWAY_DEFAULT_PORT,
  NOTIFICATIONS_SERVICE.defaultPort,
  ...SUBGRAPHS.map((agency) => agency.defaultPort),
];
const GATEWAY = `http://127.0.0.1:${GATEWAY_DEFAULT_PORT}/graphql`;
/** Three agencies in one answer: the gateway and its subgraphs are all up. */
const PROBE = requestBody('{ facilities(first: 1) { edges { node { id name zone { name } } } } }');
const DEADLINE_MS = 600_000;
/** settled after start before memory is read: the first requests' garbage collected */
const SETTLE_MS = 5_000;
/** What the services read, which must not leak from the bench's environment into `pnpm start`. */
const SERVICE_VARIABLES =
  /^(DATABASE_URL|DATA_DIR|PORT|HOST|HUB_SEED|LOG_LEVEL|HUB_[A-Z_]+|[A-Z]+_URL)$/;
const GOALS = { totalMb: 1024, subgraphMb: 250, coldSeconds: 15, warmSeconds: 5 };

/**
 * (h) `pnpm start` as a user types it (pnpm, tools/devstack/start.mjs, the
 * bundles) from no data to the gateway's first answer to a query, with its
 * embedded databases in a new folder (HUB_DATA_ROOT) and a cluster cache of
 * its own (IPC_HUB_PGLITE_CLUSTER_DIR), so they are created, migrated and
 * seeded as on a new machine; then in another new folder on the same
 * machine (each database copied from the one prepared); then started once more on the
 * data the first start left, for the warm figure, and its resident memory
 * (every process of the tree) once up and idle; then once more with the
 * services run from source through tsx, the same run's baseline for memory.
 * The bundles are built before the clock starts. Stopped with SIGTERM
 * each time, as Ctrl-C would. Needs devstack's ports free.
 */
export async function coldStart(
  secret: string,
  /** work done on the warm start's hub, up and answering, before it is stopped (m: the board) */
  whileWarm?: (base: string) => Promise<void>,
): Promise<ColdStart | NotMeasured> {
  const busy = await firstBusyPort(PORTS);
  if (busy !== null) return { notMeasured: `port ${busy} is in use (a hub running?)` };
  await buildBundles();
  const root = await mkdtemp(join(tmpdir(), 'ipc-bench-coldstart-'));
  // a cluster cache of the run's own: the first start is a new machine's
  const machine = { IPC_HUB_PGLITE_CLUSTER_DIR: join(root, 'clusters') };
  const dataRoot = join(root, 'data');
  try {
    const cold = await startToFirstAnswer(dataRoot, secret, machine);
    const copied = await startToFirstAnswer(join(root, 'another'), secret, machine);
    const warm = await startToFirstAnswer(dataRoot, secret, machine, whileWarm);
    const source = await startToFirstAnswer(dataRoot, secret, {
      ...machine,
      HUB_FROM_SOURCE: '1',
    });
    return {
      coldSeconds: round(cold.seconds, 1),
      copiedSeconds: round(copied.seconds, 1),
      warmSeconds: round(warm.seconds, 1),
      ratio: ratio(cold.seconds, warm.seconds),
      memory: warm.memory,
      memoryFromSource: source.memory,
      memoryRatio: ratio(warm.memory.totalMb, source.memory.totalMb),
      goals: GOALS,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * `pnpm start` as a new machine runs it (no data yet): `work` on its
 * gateway's base address once it answers, then stopped. For m when h is
 * skipped.
 */
export async function withEmbeddedHub<T>(
  secret: string,
  work: (base: string) => Promise<T>,
): Promise<T | NotMeasured> {
  const busy = await firstBusyPort(PORTS);
  if (busy !== null) return { notMeasured: `port ${busy} is in use (a hub running?)` };
  await buildBundles();
  const dataRoot = await mkdtemp(join(tmpdir(), 'ipc-bench-coldstart-'));
  let result: T | undefined;
  try {
    await startToFirstAnswer(dataRoot, secret, {}, async (base) => {
      result = await work(base);
    });
  } finally {
    await rm(dataRoot, { recursive: true, force: true });
  }
  return result as T;
}

/** `pnpm build --if-stale`, so that the start timed is a start, not a build. */
async function buildBundles(): Promise<void> {
  const child = spawn('pnpm', ['-s', 'build', '--if-stale'], { cwd: ROOT, stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`pnpm build failed (${code})`);
}

/**
 * Seconds from spawning `pnpm start` to the gateway's first clean answer
 * after the launcher says the hub is up, and the tree's memory a little
 * after; `whileUp` then runs on it (not counted); stops it after.
 */
async function startToFirstAnswer(
  dataRoot: string,
  secret: string,
  extra: Record<string, string>,
  whileUp?: (base: string) => Promise<void>,
): Promise<{ seconds: number; memory: HubMemory }> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !SERVICE_VARIABLES.test(entry[0]),
    ),
  );
  const started = performance.now();
  const hub = spawn('pnpm', ['start'], {
    cwd: ROOT,
    env: {
      ...inherited,
      ...extra,
      HUB_DATA_ROOT: dataRoot,
      HUB_JWT_SECRET: secret,
      APOLLO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const recent: string[] = [];
  let up = false;
  const take = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (/ipc-hub is up in/.test(line)) up = true;
      if (line.trim()) recent.push(line);
    }
    recent.splice(0, Math.max(0, recent.length - 20));
  };
  hub.stdout?.on('data', take);
  hub.stderr?.on('data', take);
  try {
    while (hub.exitCode === null && performance.now() - started < DEADLINE_MS) {
      if (up && (await answers())) {
        const seconds = (performance.now() - started) / 1000;
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        const memory = { ...treeMemory(hub.pid ?? 0), byServiceMb: await serviceMemory() };
        await whileUp?.(GATEWAY.replace(/\/graphql$/, ''));
        return { seconds, memory };
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`pnpm start gave no answer: ${recent.join('\n')}`);
  } finally {
    await stop(hub);
  }
}

/** SIGTERM to the launcher, as Ctrl-C; SIGKILL to the whole group after a minute. */
async function stop(hub: ChildProcess): Promise<void> {
  if (hub.exitCode !== null || !hub.pid) return;
  const exited = new Promise((resolve) => hub.once('exit', resolve));
  try {
    process.kill(-hub.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      if (hub.pid) process.kill(-hub.pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }, 60_000);
  await exited;
  clearTimeout(timer);
}

/** Each service's isolate: `nodejs_heap_size_total_bytes` and `nodejs_external_memory_bytes` of its /metrics, MB. */
async function serviceMemory(): Promise<Record<string, number>> {
  const services = [
    ['gateway', GATEWAY_DEFAULT_PORT],
    [NOTIFICATIONS_SERVICE.name, NOTIFICATIONS_SERVICE.defaultPort],
    ...SUBGRAPHS.map((agency) => [agency.subgraph, agency.defaultPort] as const),
  ] as const;
  const byService: Record<string, number> = {};
  for (const [name, port] of services) {
    try {
      const text = await (
        await fetch(`http://127.0.0.1:${port}/metrics`, { signal: AbortSignal.timeout(5_000) })
      ).text();
      const gauge = (metric: string) =>
        Number(new RegExp(`^${metric}\\{[^}]*\\} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
      const bytes = gauge('nodejs_heap_size_total_bytes') + gauge('nodejs_external_memory_bytes');
      if (Number.isFinite(bytes)) byService[name] = round(bytes / 1_048_576, 0);
    } catch {
      // not answering: left out, and the row says '?'
    }
  }
  return byService;
}

/** The resident memory of `pid` and every process below it, by name, from /proc. */
function treeMemory(pid: number): Omit<HubMemory, 'byServiceMb'> {
  const byProcessMb: Record<string, number> = {};
  const visit = (id: number) => {
    let status: string;
    let command: string[];
    try {
      status = readFileSync(`/proc/${id}/status`, 'utf8');
      command = readFileSync(`/proc/${id}/cmdline`, 'utf8').split('\0').filter(Boolean);
    } catch {
      return;
    }
    const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
    const name = processName(command);
    byProcessMb[name] = round((byProcessMb[name] ?? 0) + kb / 1024, 0);
    for (const child of childrenOf(id)) visit(child);
  };
  visit(pid);
  const totalMb = round(
    Object.values(byProcessMb).reduce((sum, mb) => sum + mb, 0),
    0,
  );
  return { totalMb, byProcessMb };
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** `dist/<name>/index.mjs` or `…/src/index.ts` → the service; the launcher; pnpm; else the program. */
function processName(command: string[]): string {
  const joined = command.join(' ');
  const bundle = /dist\/([^/]+)\/index\.mjs/.exec(joined)?.[1];
  if (bundle) return bundle;
  const source = /(?:subgraphs\/([^/]+)|(gateway))\/src\/index\.ts/.exec(joined);
  if (source) return source[1] ?? source[2] ?? 'service';
  if (joined.includes('start.mjs')) return 'launcher and its threads';
  if (/\bpnpm\b/.test(joined)) return 'pnpm';
  return command[0]?.split('/').at(-1) ?? 'other';
}

async function answers(): Promise<boolean> {
  try {
    const response = await fetch(GATEWAY, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: PROBE,
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as { data?: { facilities?: { edges?: unknown[] } } };
    return response.ok && (body.data?.facilities?.edges?.length ?? 0) > 0;
  } catch {
    return false;
  }
}

async function firstBusyPort(ports: number[]): Promise<number | null> {
  for (const port of ports) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (!free) return port;
  }
  return null;
}
