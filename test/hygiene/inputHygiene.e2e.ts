import { createHash } from 'node:crypto';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { gatewayProofHeaders, type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLAnswer, type GraphQLBody, postGraphQL } from '../support/postGraphQL';
import { startHub } from '../support/startHub';

const seed = generateHanoiSeed();
const A_UUID = '00000000-0000-4000-8000-000000000000';
const cursor = (key: unknown[]) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

type Answer = GraphQLAnswer;

describe('input no resolver should see', () => {
  let hub: TestStack;
  let donre: string;
  beforeAll(async () => {
    hub = await startHub();
    donre = await testToken({ role: 'DONRE' });
  });
  afterAll(() => hub?.close());

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    postGraphQL(url, body as GraphQLBody, { authorization: `Bearer ${donre}`, ...headers });
  const gateway = (body: unknown) => post(hub.gatewayUrl, body);
  const environment = async (body: unknown) =>
    post(hub.subgraphs.environment?.http.url ?? '', body, await gatewayProofHeaders('environment'));
  const facilityCount = async () =>
    (await gateway({ query: '{ facilities { totalCount } }' })).body.data as {
      facilities: { totalCount: number };
    };

  function expectRefused(answer: Answer, status: number, code: string, field?: string) {
    expect(answer.status).toBe(status);
    expect(answer.body.data ?? null).toBeNull();
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code,
      ...(field ? { field } : {}),
    });
    expect(answer.body.errors?.[0]?.message).toMatch(/ \/ /); // Vietnamese / English
  }

  const REGISTER = `mutation ($input: RegisterFacilityInput!) { registerFacility(input: $input) { id } }`;
  const valid = {
    name: 'Công ty TNHH Cơ khí Phú Diễn',
    taxCode: '0108765406',
    address: 'Số 5 phố Phú Diễn, Bắc Từ Liêm, Hà Nội',
    adminUnitCode: '00619',
    sectorCode: '1313',
  };

  it.each([
    ['a NUL byte', 'Công ty\u0000 TNHH'],
    ['a right-to-left override', 'Công ty \u202Eanh\u202C TNHH'],
    ['a left-to-right isolate', 'Công ty \u2066TNHH\u2069'],
  ])(
    'refuses %s in a nested input variable at the gateway as 400 BAD_USER_INPUT naming the field, writing nothing',
    async (_, name) => {
      const before = await facilityCount();
      const answer = await gateway({ query: REGISTER, variables: { input: { ...valid, name } } });
      expectRefused(answer, 400, 'BAD_USER_INPUT', 'input.name');
      expect(await facilityCount()).toEqual(before);
    },
  );

  it('refuses a NUL written inline in an argument, and one in a list item, naming them', async () => {
    expectRefused(
      await gateway({ query: '{ facilities(filter: { search: "a\\u0000b" }) { totalCount } }' }),
      400,
      'BAD_USER_INPUT',
      'filter.search',
    );
    const station = `mutation ($input: RegisterMonitoringStationInput!) { registerMonitoringStation(input: $input) { id } }`;
    expectRefused(
      await gateway({
        query: station,
        variables: {
          input: {
            code: 'PHUDIEN_NUOC01',
            name: 'Trạm nước thải Phú Diễn',
            kind: 'STACK_GAS',
            facilityId: seed.facilities[0]?.id,
            parameters: ['SO2', 'NO\u202EX'],
          },
        },
      }),
      400,
      'BAD_USER_INPUT',
      'input.parameters.1',
    );
  });

  it('refuses the same input sent to a subgraph directly, before any resolver runs', async () => {
    const statements = hub.statements().environment ?? 0;
    const answer = await environment({
      query: 'query ($s: String) { facilities(filter: { search: $s }) { totalCount } }',
      variables: { s: 'Phú\u0000Diễn' },
    });
    expectRefused(answer, 200, 'BAD_USER_INPUT', 's');
    expect(hub.statements().environment ?? 0).toBe(statements);
  });

  it('still takes ordinary Vietnamese text, zero-width joiners and all', async () => {
    const answer = await gateway({
      query: 'query ($s: String) { facilities(filter: { search: $s }) { totalCount } }',
      variables: { s: 'Phú Diễn\u200D' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it.each([
    ['an impossible date', 'relocationCases', [['2026-02-31', A_UUID]]],
    ['garbage for a date', 'relocationCases', [['yesterday', A_UUID]]],
    ['a NUL in a name', 'facilities', [['a\u0000', A_UUID]]],
    ['a key of the wrong length', 'facilities', [['a']]],
    ['no JSON at all', 'facilities', null],
  ])('refuses a cursor holding %s as BAD_USER_INPUT on after', async (_, list, key) => {
    const after = key ? cursor(key[0] as unknown[]) : '%%%not-base64';
    const answer = await gateway({
      query: `query ($after: String) { ${list}(first: 2, after: $after) { totalCount } }`,
      variables: { after },
    });
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('refuses a forged search cursor (a float score, a NUL in the name) as BAD_USER_INPUT', async () => {
    for (const key of [
      [1.5, 'a', A_UUID],
      [1e300, 'a', A_UUID],
      [100, 'a\u0000', A_UUID],
    ]) {
      const answer = await gateway({
        query:
          'query ($after: String) { facilities(first: 2, filter: { search: "det" }, after: $after) { totalCount } }',
        variables: { after: cursor(key) },
      });
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    }
  });

  it('pages on with a cursor it handed out', async () => {
    const first = await gateway({
      query: '{ relocationCases(first: 1) { pageInfo { endCursor } } }',
    });
    const end = (first.body.data as { relocationCases: { pageInfo: { endCursor: string } } })
      .relocationCases.pageInfo.endCursor;
    const next = await gateway({
      query: 'query ($after: String) { relocationCases(first: 1, after: $after) { totalCount } }',
      variables: { after: end },
    });
    expect(next.body.errors).toBeUndefined();
  });

  it.each([
    [
      'a Date that does not exist',
      '{ facility(id: "ID") { approvals { statusOn(date: "2026-02-31") } } }',
      'date',
    ],
    [
      'a DateTime without a zone',
      '{ monitoringStation(id: "ID") { gaps(from: "2025-01-01T00:00:00", to: "2025-01-02T00:00:00Z") { from } } }',
      'from',
    ],
    [
      'garbage for a DateTime',
      '{ monitoringStation(id: "ID") { gaps(from: "2025-01-01T00:00:00Z", to: "soon") { from } } }',
      'to',
    ],
  ])(
    'refuses %s written inline with 400 BAD_USER_INPUT naming the argument',
    async (_, query, field) => {
      const answer = await gateway({
        query: query.replace('ID', seed.facilities[0]?.id ?? A_UUID),
      });
      expectRefused(answer, 400, 'BAD_USER_INPUT', field);
    },
  );

  it('refuses a persisted query whose hash is not its text as 400 PERSISTED_QUERY_HASH_MISMATCH', async () => {
    const query = '{ facilities(first: 1) { totalCount } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const good = await gateway({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    expect(good.status).toBe(200);
    const bad = await gateway({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expectRefused(bad, 400, 'PERSISTED_QUERY_HASH_MISMATCH');
  });

  it('refuses an operationName the document does not hold with 400 BAD_USER_INPUT', async () => {
    expectRefused(
      await gateway({
        query: 'query A { facilities(first: 1) { totalCount } }',
        operationName: 'B',
      }),
      400,
      'BAD_USER_INPUT',
      'operationName',
    );
    expectRefused(
      await gateway({
        query:
          'query A { facilities(first: 1) { totalCount } } query B { zones(first: 1) { totalCount } }',
      }),
      400,
      'BAD_USER_INPUT',
      'operationName',
    );
  });
});
