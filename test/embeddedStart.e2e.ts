/**
 * `pnpm start`'s path as a user runs it (tools/devstack/start.mjs: the
 * bundles in dist/, each embedded database prepared by a child process):
 * from no data, every subgraph's database is prepared and seeded once; a
 * record written then is still there after a restart, which prepares and
 * seeds nothing; a new data folder on the same machine starts as a copy of
 * the databases prepared first, as they were when prepared. Its own ports
 * (HUB_PORT_OFFSET), data folders (HUB_DATA_ROOT) and cluster cache
 * (IPC_HUB_PGLITE_CLUSTER_DIR), so it runs beside a hub already started and
 * never finds a copy another run prepared.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GATEWAY_DEFAULT_PORT, NOTIFICATIONS_SERVICE, SUBGRAPHS } from '@ipc-hub/registry';
import { TEST_SECRET, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const UP = /ipc-hub is up in/;
/** a start on a busy two-core machine, bundles built first if they are not */
const START_MS = 900_000;

interface Hub {
  process: ChildProcess;
  output: string[];
}

async function portsFree(ports: number[]): Promise<boolean> {
  for (const port of ports) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (!free) return false;
  }
  return true;
}

/** An offset that moves the gateway's and every subgraph's port onto free ones. */
async function freeOffset(): Promise<number> {
  const defaults = [
    GATEWAY_DEFAULT_PORT,
    NOTIFICATIONS_SERVICE.defaultPort,
    ...SUBGRAPHS.map((agency) => agency.defaultPort),
  ];
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const offset = 20_000 + Math.floor(Math.random() * 300) * 100;
    if (await portsFree(defaults.map((port) => port + offset))) return offset;
  }
  throw new Error('no free ports for the hub');
}

/** `pnpm start`'s command, until it says the hub is up; fails if it exits first. */
function startHub(dataRoot: string, offset: number, dataFolder = 'data'): Promise<Hub> {
  const child = spawn(process.execPath, ['tools/devstack/start.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      HUB_DATA_ROOT: join(dataRoot, dataFolder),
      IPC_HUB_PGLITE_CLUSTER_DIR: join(dataRoot, 'clusters'),
      HUB_PORT_OFFSET: String(offset),
      HUB_JWT_SECRET: TEST_SECRET,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const hub: Hub = { process: child, output: [] };
  return new Promise((resolve, reject) => {
    const take = (chunk: Buffer) => {
      const lines = chunk.toString('utf8').split('\n');
      hub.output.push(...lines);
      if (lines.some((line) => UP.test(line))) resolve(hub);
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.on('exit', (code) =>
      reject(new Error(`pnpm start exited (${code}): ${hub.output.slice(-20).join('\n')}`)),
    );
  });
}

/** Ctrl-C's signal; resolves with the exit code once every service has stopped. */
function stopHub(hub: Hub): Promise<number | null> {
  if (hub.process.exitCode !== null) return Promise.resolve(hub.process.exitCode);
  return new Promise((resolve) => {
    hub.process.once('exit', (code) => resolve(code));
    hub.process.kill('SIGTERM');
  });
}

async function gatewayRequest<T>(
  offset: number,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${GATEWAY_DEFAULT_PORT + offset}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

const token = (role: 'HIZA' | 'DONRE') => testToken({ role });

const ZONE = {
  code: 'RESTARTKEPT',
  name: 'Khu công nghiệp Giữ Lại',
  kind: 'INDUSTRIAL_ZONE',
  adminUnitCode: '00376',
  areaHa: 12.5,
};
const ZONES = '{ zones(first: 100) { edges { node { code name } } } }';
const FACILITIES = '{ facilities(first: 1) { totalCount } }';

describe('pnpm start on the embedded databases', () => {
  let dataRoot = '';
  let offset = 0;
  let first: Hub | undefined;
  let second: Hub | undefined;
  let third: Hub | undefined;

  beforeAll(async () => {
    dataRoot = await mkdtemp(join(tmpdir(), 'ipc-embedded-start-'));
    offset = await freeOffset();
  });
  afterAll(async () => {
    for (const hub of [first, second, third]) if (hub) await stopHub(hub);
    await rm(dataRoot, { recursive: true, force: true });
  });

  it(
    'prepares and seeds each database once; what was written survives a restart',
    async () => {
      first = await startHub(dataRoot, offset);
      const firstOutput = first.output.join('\n');
      for (const agency of SUBGRAPHS) {
        expect(firstOutput).toContain(`[${agency.subgraph}] preparing its database (no data yet)`);
        expect(firstOutput).toMatch(new RegExp(`\\[${agency.subgraph}\\] database prepared in`));
      }
      expect(firstOutput).toMatch(/seeded the Hanoi demo data/);
      const donre = await token('DONRE');
      const seeded = await gatewayRequest<{ facilities: { totalCount: number } }>(
        offset,
        donre,
        FACILITIES,
      );
      expect(seeded.facilities.totalCount).toBeGreaterThan(0);
      const hiza = await token('HIZA');
      await gatewayRequest(
        offset,
        hiza,
        'mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }',
        { input: ZONE },
      );
      expect(await stopHub(first)).toBe(0);

      second = await startHub(dataRoot, offset);
      const secondOutput = second.output.join('\n');
      for (const agency of SUBGRAPHS) {
        expect(secondOutput).toContain(`[${agency.subgraph}] database prepared before`);
      }
      expect(secondOutput).not.toMatch(/preparing its database|seeded the Hanoi demo data/);
      const zones = await gatewayRequest<{ zones: { edges: Array<{ node: { code: string } }> } }>(
        offset,
        hiza,
        ZONES,
      );
      expect(zones.zones.edges.map((edge) => edge.node.code)).toContain(ZONE.code);
      const again = await gatewayRequest<{ facilities: { totalCount: number } }>(
        offset,
        donre,
        FACILITIES,
      );
      expect(again.facilities.totalCount).toBe(seeded.facilities.totalCount);
      // serving, the launcher has no child process: every service is a thread of it
      const pid = second.process.pid ?? 0;
      expect(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim()).toBe('');
      expect(await stopHub(second)).toBe(0);
      // each service's log reached the launcher's, labelled; each stopped gracefully when asked
      for (const service of ['gateway', ...SUBGRAPHS.map((agency) => agency.subgraph)]) {
        expect(secondOutput).toMatch(new RegExp(`\\[${service}\\] .*listening`));
      }
      const stopped = second.output.join('\n');
      for (const agency of SUBGRAPHS) {
        expect(stopped).toMatch(new RegExp(`\\[${agency.subgraph}\\] info shutting down`));
      }
    },
    2 * START_MS,
  );

  it(
    'starts a new data folder as a copy of the databases this machine prepared, as they were prepared',
    async () => {
      // the first test's cluster cache, another data folder: nothing prepared, nothing seeded
      third = await startHub(dataRoot, offset, 'another');
      const output = third.output.join('\n');
      for (const agency of SUBGRAPHS) {
        expect(output).toContain(
          `[${agency.subgraph}] database copied from the one prepared on this machine`,
        );
      }
      expect(output).not.toMatch(/preparing its database|seeded the Hanoi demo data/);
      const donre = await token('DONRE');
      const copied = await gatewayRequest<{ facilities: { totalCount: number } }>(
        offset,
        donre,
        FACILITIES,
      );
      expect(copied.facilities.totalCount).toBeGreaterThan(0);
      // the copy was kept before the first hub served: the zone it was given is not in it
      const zones = await gatewayRequest<{ zones: { edges: Array<{ node: { code: string } }> } }>(
        offset,
        await token('HIZA'),
        ZONES,
      );
      expect(zones.zones.edges.map((edge) => edge.node.code)).not.toContain(ZONE.code);
      expect(await stopHub(third)).toBe(0);
    },
    START_MS,
  );

  it("bundles hash with Node's crypto, not SHA-256 in JavaScript", () => {
    // built by the start above; Apollo's createhash falls back to sha.js when bundled as is
    for (const service of ['gateway', ...SUBGRAPHS.map((agency) => agency.subgraph)]) {
      const bundle = readFileSync(join(ROOT, 'dist', service, 'service.cjs'), 'utf8');
      expect(bundle).not.toContain('node_modules/sha.js/');
    }
  });
});
