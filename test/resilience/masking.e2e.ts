import { gatewayProofHeaders } from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLAnswer, postGraphQL } from '../support/postGraphQL';
import { type GuardedHub, startGuardedHub } from './support/startGuardedHub';

/** Each agency's table, and a public list that reads it. */
const CASES = [
  {
    subgraph: 'environment',
    table: 'facilities',
    query: '{ facilities(first: 2) { edges { node { name } } } }',
  },
  {
    subgraph: 'industry',
    table: 'clusters',
    query: '{ clusters(first: 2) { edges { node { name } } } }',
  },
  { subgraph: 'zones', table: 'zones', query: '{ zones(first: 2) { edges { node { name } } } }' },
  {
    subgraph: 'police',
    table: 'violations',
    query: '{ violations(first: 2) { edges { node { id } } } }',
  },
];

/** What would tell a stranger how the hub is built: SQL, its parameters, stacks, files, database names. */
const INTERNALS = [
  /\bselect\b/i,
  /\bfrom\s+"/i,
  /\bwhere\b/i,
  /relation|does not exist|42P01/i,
  /params|\$1\b/i,
  /_hidden_by_test/,
  /\bat\s+\S+\s*\(|\.(ts|js|mjs):\d+/,
  /\/work\/|node_modules|file:\/\//,
  /ipc_hub_|postgres|pglite|drizzle/i,
  /127\.0\.0\.1|localhost/,
];

function expectMasked(answer: GraphQLAnswer): void {
  for (const pattern of INTERNALS) expect(answer.text).not.toMatch(pattern);
  expect(answer.body.errors?.length).toBeGreaterThan(0);
  for (const error of answer.body.errors ?? []) {
    expect(error.message).toBe('Lỗi hệ thống / Internal error');
    expect(error.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: answer.headers.get('x-request-id'),
    });
  }
}

describe('an error inside an agency’s database', () => {
  let stack: GuardedHub;
  beforeAll(async () => {
    stack = await startGuardedHub();
  });
  afterAll(() => stack?.hub.close());

  describe.each(CASES)('in $subgraph', ({ subgraph, table, query }) => {
    const database = () => {
      const running = stack.hub.subgraphs[subgraph];
      if (!running) throw new Error(`no ${subgraph} subgraph`);
      return running.database.db;
    };
    // The table disappears from under the running subgraph; the database then
    // answers its queries with an error that names the relation and the SQL.
    beforeAll(() =>
      database().execute(sql.raw(`alter table "${table}" rename to "${table}_hidden_by_test"`)),
    );
    afterAll(() =>
      database().execute(sql.raw(`alter table "${table}_hidden_by_test" rename to "${table}"`)),
    );

    it('reaches a client of the gateway as a bare INTERNAL_SERVER_ERROR with the request id', async () => {
      const answer = await postGraphQL(stack.hub.gatewayUrl, { query });
      expectMasked(answer);
    });

    it('reaches a client calling the subgraph directly just as bare', async () => {
      const url = stack.hub.subgraphs[subgraph]?.http.url ?? '';
      const requestId = '3d2c1b0a-9f8e-4d7c-b6a5-948372615049';
      const answer = await postGraphQL(
        url,
        { query },
        { ...gatewayProofHeaders(subgraph), 'x-request-id': requestId },
      );
      expectMasked(answer);
      expect(answer.body.errors?.[0]?.extensions?.requestId).toBe(requestId);
    });
  });

  it('leaves the agencies answering once the table is back', async () => {
    for (const { query } of CASES) {
      const answer = await postGraphQL(stack.hub.gatewayUrl, { query });
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
  });
});
