import { type DatabaseHandle, openDatabase } from '@ipc-hub/db';
import { environmentSubgraph } from '@ipc-hub/environment';
import { type RunningGateway, startGateway } from '@ipc-hub/gateway';
import { loadGatewayConfig } from '@ipc-hub/gateway/config';
import { generateHanoiSeed } from '@ipc-hub/seed';
import type { RunningSubgraph } from '@ipc-hub/server-kit';
import {
  cloneDatabase,
  freePort,
  gatewayProofHeaders,
  startTestSubgraph,
  TEST_SECRET,
  TEST_SUBGRAPH_SECRET,
  type TestDatabase,
  testLogger,
  testToken,
} from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bearer, postGraphQL } from '../support/postGraphQL';

/** Allowed (cost about 12 000, under the 100 000 budget), and it reads every facility's approvals. */
const APPROVALS_PAGE = `{ facilities(first: 1000) { edges { node { id approvals { kind status } } } } }`;
/** A cheap query on the same table: one facility's approvals. */
const ONE_FACILITY_APPROVALS = `query ($id: ID!) { facility(id: $id) { approvals { kind } } }`;
/** A cheap query the lock does not touch. */
const ONE_FACILITY = `query ($id: ID!) { facility(id: $id) { name } }`;

const seed = generateHanoiSeed();
const someFacility = seed.facilities[0];

const until = async (check: () => Promise<boolean>, attempts = 100) => {
  for (let i = 0; i < attempts; i += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
};

/**
 * A statement that would run for as long as something else wants it to: the
 * test holds an exclusive lock on `approvals`, so the subgraph's read of it
 * waits in the server, visible in pg_stat_activity, until it is cancelled
 * or the lock goes. Without cancellation it would still be there when the
 * caller is long gone. PostgreSQL only: PGlite cannot show nor cancel a
 * running statement (docs/operations.md).
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('work abandoned by its caller', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph<Record<string, unknown>>;
  let gateway: RunningGateway;
  let watcher: DatabaseHandle<Record<string, never>>;
  let datname: string;
  let releaseLock: (() => void) | null = null;
  let locked: Promise<unknown> = Promise.resolve();
  let donre: Record<string, string>;
  let city: Record<string, string>;

  beforeAll(async () => {
    database = await cloneDatabase(inject('databaseTemplates'), 'environment');
    const gatewayPort = await freePort();
    subgraph = (await startTestSubgraph(environmentSubgraph, database, {
      HUB_GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql`,
      // long enough that only a cancel, never the timeout, ends the blocked statement
      DATABASE_STATEMENT_TIMEOUT_MS: '60000',
    })) as unknown as RunningSubgraph<Record<string, unknown>>;
    gateway = await startGateway(
      loadGatewayConfig({
        PORT: String(gatewayPort),
        HOST: '127.0.0.1',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        HUB_JWT_SECRET: TEST_SECRET,
        HUB_SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
        ENVIRONMENT_URL: subgraph.http.url,
        SUBGRAPH_TIMEOUT_MS: '1000',
        BREAKER_FAILURES: '2',
        BREAKER_COOLDOWN_MS: '600000',
        // the approvals page (about 12 000) is dear, one facility's approvals (about 11) cheap
        BREAKER_CHEAP_COST: '100',
        RATE_LIMIT_PER_SECOND: '0',
        RATE_LIMIT_PUBLIC_PER_SECOND: '0',
      }),
      testLogger('gateway'),
    );
    watcher = await openDatabase({
      url: database.url,
      dataDir: '',
      schema: {},
      migrationsFolder: environmentSubgraph.database.migrationsFolder,
      logger: testLogger('watcher'),
      poolMax: 3,
    });
    datname = new URL(database.url ?? '').pathname.slice(1);
    donre = bearer(await testToken({ role: 'DONRE' }));
    city = bearer(await testToken({ role: 'CITY' }));
  });
  afterAll(async () => {
    releaseLock?.();
    await locked.catch(() => {});
    await gateway?.close();
    await subgraph?.close();
    await watcher?.close();
    await database?.drop();
  });

  /** statements of the subgraph running (or waiting) in its database now */
  const running = async () => {
    const result = (await watcher.db.execute(
      sql`select count(*)::int as n from pg_stat_activity
          where datname = ${datname} and state = 'active' and query ilike '%approvals%'
            and query not ilike '%pg_stat_activity%' and query not ilike 'lock table%'`,
    )) as unknown as { rows: Array<{ n: number }> };
    return result.rows[0]?.n ?? 0;
  };

  /** holds an exclusive lock on approvals until `releaseLock()` */
  async function lockApprovals(): Promise<void> {
    let held: () => void = () => {};
    const isHeld = new Promise<void>((resolve) => {
      held = resolve;
    });
    locked = watcher.db.transaction(async (tx) => {
      await tx.execute(sql`lock table approvals in access exclusive mode`);
      held();
      await new Promise<void>((resolve) => {
        releaseLock = resolve;
      });
    });
    await isHeld;
  }
  async function unlock(): Promise<void> {
    releaseLock?.();
    releaseLock = null;
    await locked;
  }

  it('a direct call aborted by its client has its statement cancelled, and others are answered meanwhile', async () => {
    await lockApprovals();
    try {
      const client = new AbortController();
      const call = fetch(subgraph.http.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...gatewayProofHeaders('environment'),
          ...donre,
        },
        body: JSON.stringify({ query: APPROVALS_PAGE }),
        signal: client.signal,
      }).catch((error: unknown) => error);
      expect(await until(async () => (await running()) === 1)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 200));
      client.abort();
      expect(await call).toMatchObject({ name: 'AbortError' });
      // the subgraph cancels the waiting statement; nothing of it is left in the server
      expect(await until(async () => (await running()) === 0)).toBe(true);

      const answer = await postGraphQL(
        subgraph.http.url,
        { query: ONE_FACILITY, variables: { id: someFacility?.id } },
        { ...gatewayProofHeaders('environment'), ...city },
      );
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toEqual({ facility: { name: someFacility?.name } });
    } finally {
      await unlock();
    }
  });

  it('through the gateway, one caller’s dear queries timing out do not open the breaker for others; cheap ones timing out do', async () => {
    const breaker = gateway.subgraphs.get('environment')?.breaker;
    await lockApprovals();
    try {
      for (let i = 0; i < 4; i += 1) {
        const answer = await postGraphQL(gateway.http.url, { query: APPROVALS_PAGE }, donre);
        expect(answer.body.errors?.[0]?.extensions?.code).toBe('AGENCY_UNAVAILABLE');
      }
      expect(breaker?.currentState).toBe('closed');
      // the gateway gave up on each call: the subgraph cancelled each statement
      expect(await until(async () => (await running()) === 0)).toBe(true);

      const officer = await postGraphQL(
        gateway.http.url,
        { query: ONE_FACILITY, variables: { id: someFacility?.id } },
        city,
      );
      expect(officer.body.errors).toBeUndefined();
      expect(officer.body.data).toEqual({ facility: { name: someFacility?.name } });

      // The agency's own fault: cheap calls timing out open the breaker (BREAKER_FAILURES=2).
      for (let i = 0; i < 2; i += 1) {
        const answer = await postGraphQL(
          gateway.http.url,
          { query: ONE_FACILITY_APPROVALS, variables: { id: someFacility?.id } },
          donre,
        );
        expect(answer.body.errors?.[0]?.extensions?.code).toBe('AGENCY_UNAVAILABLE');
      }
      expect(breaker?.currentState).toBe('open');
    } finally {
      await unlock();
    }
  });
});
