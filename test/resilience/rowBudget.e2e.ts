import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directCall } from '../support/directCall';
import { postGraphQL } from '../support/postGraphQL';
import { startHub } from '../support/startHub';

const seed = generateHanoiSeed();
/** Small enough that a page of zones with their tenants goes over it, large enough for a few zones' names. */
const MAX_ROWS = 300;
const TENANTS = '{ zones(first: 20) { edges { node { id name facilities { id } } } } }';
/** The subgraphs run in this process: its heap, after a full collection, is theirs too. */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const heapAfterCollection = () => {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
};
/** What stopped queries may leave behind in all: nothing they built, only caches and pools warming up. */
const HEAP_SLACK = 48 * 1024 * 1024;

const SMALL = `query ($id: ID!) { zone(id: $id) { name } zones(first: 2) { edges { node { name } } } }`;

describe("a subgraph's row budget, through the gateway", () => {
  let hub: TestStack;
  let city: string;
  beforeAll(async () => {
    hub = await startHub({
      subgraphEnv: { zones: { REQUEST_MAX_ROWS: String(MAX_ROWS) } },
      // the burst below is one caller's; the rate limit has tests of its own
      gatewayEnv: { RATE_LIMIT_PER_SECOND: '0', RATE_LIMIT_PUBLIC_PER_SECOND: '0' },
    });
    city = await testToken({ role: 'CITY', sub: 'chuyen.vien@ubnd' });
  });
  afterAll(() => hub?.close());

  it('holds more rows than the budget in the seeded tenancies, so the query below must reach it', () => {
    expect(seed.zoneTenancies.length).toBeGreaterThan(MAX_ROWS);
  });

  it('stops a query that reads more rows than REQUEST_MAX_ROWS with QUERY_TOO_EXPENSIVE, and answers a CITY officer meanwhile', async () => {
    const zone = seed.zones[0];
    if (!zone) throw new Error('the seed has zones');
    const small = () =>
      postGraphQL(
        hub.gatewayUrl,
        { query: SMALL, variables: { id: zone.id } },
        { authorization: `Bearer ${city}` },
      );
    expect((await small()).body).toEqual({
      data: { zone: { name: zone.name }, zones: { edges: [expect.anything(), expect.anything()] } },
    });
    const heapBefore = heapAfterCollection();
    // more times than the breaker's threshold: a caller's dear query is not the agency's fault
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const answer = await postGraphQL(hub.gatewayUrl, { query: TENANTS });
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_EXPENSIVE',
        reason: 'rows',
        maxRows: MAX_ROWS,
      });
      expect(answer.body.errors?.[0]?.message).toMatch(/ \/ /);
    }
    // the process keeps nothing of what the stopped queries had read
    expect(heapAfterCollection() - heapBefore).toBeLessThan(HEAP_SLACK);
    const after = await small();
    expect(after.status).toBe(200);
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data).toMatchObject({ zone: { name: zone.name } });
  });

  it('stops the same query sent to the subgraph directly, with the same code', async () => {
    const zones = hub.subgraphs.zones;
    if (!zones) throw new Error('zones subgraph');
    const answer = await directCall('zones', zones.http.url, { query: TENANTS });
    expect(answer.status).toBe(200);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_EXPENSIVE',
      reason: 'rows',
      maxRows: MAX_ROWS,
    });
  });
});
