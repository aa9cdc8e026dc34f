import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { GATEWAY_DEFAULT_PORT, SUBGRAPHS } from '@ipc-hub/registry';
import { mirrorCheckout } from '../coldstart/mirrorCheckout';
import { requestBody } from '../load/GraphQLClient';
import type { NotMeasured } from '../notMeasured';
import { ServiceProcess } from '../stack/ServiceProcess';
import { serviceGroup } from '../stack/startStack';
import { ratio, round } from '../stats';

export interface ColdStart {
  /** no embedded databases yet: created, migrated and seeded */
  coldSeconds: number;
  /** the same again, the databases now there */
  warmSeconds: number;
  /** cold ÷ warm */
  ratio: number;
}

/** devstack's fixed ports: gateway and the four subgraphs. */
const PORTS = [GATEWAY_DEFAULT_PORT, ...SUBGRAPHS.map((agency) => agency.defaultPort)];
const GATEWAY = `http://127.0.0.1:${GATEWAY_DEFAULT_PORT}/graphql`;
/** Three agencies in one answer: the gateway and its subgraphs are all up. */
const PROBE = requestBody('{ facilities(first: 1) { edges { node { id name zone { name } } } } }');
const DEADLINE_MS = 600_000;
/** What the services read, which must not leak from the bench's environment into `pnpm start`. */
const SERVICE_VARIABLES = /^(DATABASE_URL|DATA_DIR|PORT|HOST|HUB_SEED|LOG_LEVEL|[A-Z]+_URL)$/;

/**
 * (h) `pnpm start` (devstack: `tsx src/main.ts`) from nothing to the
 * gateway's first answer to a query, in a mirror of the checkout without
 * `.data`, so the four embedded databases are created, migrated and
 * seeded as on a new machine; then started once more on the databases the
 * first start left, for the warm figure. Stopped with SIGTERM each time,
 * as Ctrl-C would. Needs devstack's ports 4000–4004 free.
 */
export async function coldStart(
  secret: string,
  /** work done on the warm start's hub, up and answering, before it is stopped (m: the board) */
  whileWarm?: (base: string) => Promise<void>,
): Promise<ColdStart | NotMeasured> {
  const busy = await firstBusyPort(PORTS);
  if (busy !== null) {
    return { notMeasured: `port ${busy} is in use (a hub running?)` };
  }
  const mirror = await mirrorCheckout();
  try {
    const coldSeconds = await startToFirstAnswer(mirror, secret);
    const warmSeconds = await startToFirstAnswer(mirror, secret, whileWarm);
    return {
      coldSeconds: round(coldSeconds, 1),
      warmSeconds: round(warmSeconds, 1),
      ratio: ratio(coldSeconds, warmSeconds),
    };
  } finally {
    await rm(mirror, { recursive: true, force: true });
  }
}

/**
 * `pnpm start` as a new machine runs it (a mirror of the checkout, no data
 * yet): `work` on its gateway's base address once it answers, then stopped.
 * For m when h is skipped.
 */
export async function withEmbeddedHub<T>(
  secret: string,
  work: (base: string) => Promise<T>,
): Promise<T | NotMeasured> {
  const busy = await firstBusyPort(PORTS);
  if (busy !== null) return { notMeasured: `port ${busy} is in use (a hub running?)` };
  const mirror = await mirrorCheckout();
  let result: T | undefined;
  try {
    await startToFirstAnswer(mirror, secret, async (base) => {
      result = await work(base);
    });
  } finally {
    await rm(mirror, { recursive: true, force: true });
  }
  return result as T;
}

/**
 * Seconds from spawning devstack in `mirror` to the gateway's first clean
 * answer; `whileUp` then runs on it (not counted); stops it after.
 */
async function startToFirstAnswer(
  mirror: string,
  secret: string,
  whileUp?: (base: string) => Promise<void>,
): Promise<number> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !SERVICE_VARIABLES.test(entry[0]),
    ),
  );
  const started = performance.now();
  const devstack = new ServiceProcess({
    name: 'pnpm start',
    cwd: join(mirror, 'tools/devstack'),
    entry: 'src/main.ts',
    port: GATEWAY_DEFAULT_PORT,
    env: { ...inherited, HUB_JWT_SECRET: secret, APOLLO_TELEMETRY_DISABLED: '1' },
    inheritEnv: false,
    // it stops four embedded databases and the gateway before it exits
    stopGraceMs: 60_000,
  });
  const group = serviceGroup([devstack]);
  try {
    while (devstack.running && performance.now() - started < DEADLINE_MS) {
      if (await answers()) {
        const seconds = (performance.now() - started) / 1000;
        await whileUp?.(GATEWAY.replace(/\/graphql$/, ''));
        return seconds;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`pnpm start gave no answer: ${devstack.describeExit()}`);
  } finally {
    await group.stop();
  }
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
