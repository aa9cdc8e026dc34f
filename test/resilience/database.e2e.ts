import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type GraphQLAnswer, postGraphQL } from '../support/postGraphQL';
import { type GuardedHub, startGuardedHub } from './support/startGuardedHub';

const VIOLATIONS = '{ violations(first: 20) { totalCount edges { node { id category } } } }';

/** An answer that failed, and said nothing but that it failed and under which request id. */
function expectCleanFailure(answer: GraphQLAnswer): void {
  expect(answer.text).not.toMatch(/terminat|connection|select|postgres|ipc_hub_|\/work\//i);
  for (const error of answer.body.errors ?? []) {
    expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.extensions?.requestId).toBe(answer.headers.get('x-request-id'));
  }
}

const succeeded = (answer: GraphQLAnswer) =>
  answer.status === 200 && answer.body.errors === undefined;

// The pool of node-postgres exists only on a PostgreSQL server; the embedded
// database has one connection inside the process and nothing to cut.
describe.runIf(process.env.TEST_DATABASE_URL)('an agency’s PostgreSQL connections', () => {
  let stack: GuardedHub;
  const police = () => {
    const running = stack.hub.subgraphs.police;
    if (!running) throw new Error('no police subgraph');
    return running;
  };
  const ask = () => postGraphQL(stack.hub.gatewayUrl, { query: VIOLATIONS });
  const readiness = () => fetch(police().http.url.replace('/graphql', '/ready'));

  beforeAll(async () => {
    stack = await startGuardedHub();
  });
  afterAll(() => stack?.hub.close());

  it('are replaced by the pool when the server cuts them under load; no restart needed', async () => {
    const answers: GraphQLAnswer[] = [];
    let cutting = true;
    const load = Array.from({ length: 4 }, async () => {
      while (cutting) answers.push(await ask());
    });
    let cut = 0;
    for (let round = 0; round < 5; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      // From one of the pool's own connections: every other one the server ends.
      const result = (await police().database.db.execute(
        sql`select pg_terminate_backend(pid) as cut from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid()`,
      )) as unknown as { rows: Array<{ cut: boolean }> };
      cut += result.rows.filter((row) => row.cut).length;
    }
    cutting = false;
    await Promise.all(load);

    expect(cut).toBeGreaterThan(0);
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers.filter((a) => !succeeded(a))) expectCleanFailure(answer);
    await vi.waitFor(async () => expect(succeeded(await ask())).toBe(true), { timeout: 10_000 });
    for (let i = 0; i < 10; i += 1) expect(succeeded(await ask())).toBe(true);
  });

  it('that cannot be opened make /ready say so, and the agency comes back with its database', async () => {
    const result = (await police().database.db.execute(
      sql`select current_database() as name`,
    )) as unknown as { rows: Array<{ name: string }> };
    const name = result.rows[0]?.name ?? '';
    // Another agency's connection to the same server plays the administrator:
    // the police database stops taking connections and loses those it had.
    const admin = stack.hub.subgraphs.zones?.database.db;
    if (!admin) throw new Error('no zones subgraph');
    await admin.execute(sql.raw(`alter database "${name}" allow_connections false`));
    try {
      await admin.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name}`,
      );
      const ready = await readiness();
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'not ready', reason: 'database unreachable' });

      const answer = await ask();
      expect(answer.body.errors?.length).toBeGreaterThan(0);
      expectCleanFailure(answer);
      const gatewayHealth = await fetch(stack.hub.gatewayUrl.replace('/graphql', '/health'));
      expect(gatewayHealth.status).toBe(200);
    } finally {
      await admin.execute(sql.raw(`alter database "${name}" allow_connections true`));
    }
    await vi.waitFor(async () => expect((await readiness()).status).toBe(200), {
      timeout: 10_000,
    });
    expect(succeeded(await ask())).toBe(true);
  });
});
