import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateMonitoringSeed } from '@ipc-hub/seed/monitoring';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directCall } from '../support/directCall';
import { bearer, postGraphQL } from '../support/postGraphQL';
import { startHub } from '../support/startHub';
import { dataFile, type Line, vietnam } from './support/dataFile';
import { INGEST } from './support/monitoringQueries';

const base = generateHanoiSeed();
const stations = generateMonitoringSeed(base).filter((s) => s.facilityId !== null);
const [own, theirs] = stations;
const MISSING_ID = '00000000-0000-4000-8000-00000000beef';
const MISSING_CODE = 'NOSUCH_NUOC01';

const STATION = `query ($id: ID!, $from: DateTime!, $to: DateTime!) {
  monitoringStation(id: $id) { id code readings(parameter: "COD", from: $from, to: $to) { value } }
}`;
const BY_CODE = `query ($code: String!) { monitoringStations(filter: { code: $code }) { totalCount edges { node { id } } } }`;

interface Answer {
  status: number;
  body: {
    data?: unknown;
    errors?: Array<{ message: string; path?: unknown; extensions?: Record<string, unknown> }>;
  };
}

/** What a caller can tell two answers apart by: status, data, and each error's message, path, code and field. */
function visible(answer: Answer) {
  return {
    status: answer.status,
    data: answer.body.data,
    errors: answer.body.errors?.map((e) => ({
      message: e.message,
      path: e.path,
      code: e.extensions?.code,
      field: e.extensions?.field,
      line: e.extensions?.line,
    })),
  };
}

describe("an operator asking about a station it does not own learns nothing of the station's existence", () => {
  let hub: TestStack;
  let operator: string;
  beforeAll(async () => {
    hub = await startHub();
    operator = await testToken({
      role: 'OPERATOR',
      sub: 'van.hanh@det-nhuom',
      facilityIds: [own?.facilityId ?? ''],
    });
  });
  afterAll(() => hub?.close());

  const throughGateway = async (query: string, variables: Record<string, unknown>) =>
    visible(await postGraphQL(hub.gatewayUrl, { query, variables }, bearer(operator)));
  const onSubgraph = async (query: string, variables: Record<string, unknown>) => {
    const environment = hub.subgraphs.environment;
    if (!environment) throw new Error('environment subgraph');
    return visible(
      await directCall('environment', environment.http.url, { query, variables }, bearer(operator)),
    );
  };
  const deniedIngests = async () => {
    const db = hub.subgraphs.environment?.database.db;
    if (!db) throw new Error('environment subgraph');
    return (
      (await db.execute(
        sql`select subject, role, outcome, denied_fields, record_ids from audit_log where subject = 'van.hanh@det-nhuom' order by seq`,
      )) as unknown as {
        rows: Array<{
          subject: string;
          role: string;
          outcome: string;
          denied_fields: string[];
          record_ids: string[];
        }>;
      }
    ).rows;
  };

  it.each([
    ['through the gateway', 'gateway'],
    ['directly on the subgraph', 'subgraph'],
  ] as const)(
    'is answered alike for another facility’s station and for none, %s',
    async (_, where) => {
      if (!own || !theirs) throw new Error('the seed has facility stations');
      const ask = where === 'gateway' ? throughGateway : onSubgraph;
      const window = { from: vietnam('2025-06-01 00:00'), to: vietnam('2025-06-02 00:00') };
      const another = await ask(STATION, { id: theirs.id, ...window });
      const none = await ask(STATION, { id: MISSING_ID, ...window });
      expect(another).toEqual(none);
      expect(another.data).toEqual({ monitoringStation: null });
      expect(await ask(BY_CODE, { code: theirs.code })).toEqual(
        await ask(BY_CODE, { code: MISSING_CODE }),
      );
      // and its own station is there: the sameness is not because nothing answers
      const mine = await ask(STATION, { id: own.id, ...window });
      expect(mine.data).toMatchObject({ monitoringStation: { id: own.id, code: own.code } });
    },
  );

  it.each([
    ['through the gateway', 'gateway'],
    ['directly on the subgraph', 'subgraph'],
  ] as const)(
    'refuses a file for another facility’s station as it refuses one for no station, %s, and audits both',
    async (_, where) => {
      if (!own || !theirs) throw new Error('the seed has facility stations');
      const ask = where === 'gateway' ? throughGateway : onSubgraph;
      const before = (await deniedIngests()).length;
      const lines: Line[] = [['COD', '40.0', 'mg/L']];
      const another = await ask(INGEST, dataFile(theirs.code, '2025-06-02 10:15', lines));
      const none = await ask(INGEST, dataFile(MISSING_CODE, '2025-06-02 10:15', lines));
      // the names differ only by the code the operator chose; the answers not at all
      expect(another).toEqual(none);
      expect(another.errors?.[0]).toMatchObject({ code: 'FORBIDDEN', field: 'fileName' });
      expect(JSON.stringify(another)).not.toContain(theirs.code);

      const denied = (await deniedIngests()).slice(before);
      expect(denied).toEqual([
        {
          subject: 'van.hanh@det-nhuom',
          role: 'OPERATOR',
          outcome: 'DENIED',
          denied_fields: ['Mutation.ingestMonitoringFile'],
          record_ids: [theirs.id],
        },
        {
          subject: 'van.hanh@det-nhuom',
          role: 'OPERATOR',
          outcome: 'DENIED',
          denied_fields: ['Mutation.ingestMonitoringFile'],
          record_ids: [],
        },
      ]);
    },
  );

  it('still tells DONRE that a station does not exist', async () => {
    const donre = await testToken({ role: 'DONRE' });
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${donre}` },
      body: JSON.stringify({
        query: INGEST,
        variables: dataFile(MISSING_CODE, '2025-06-02 10:15', [['COD', '40.0', 'mg/L']]),
      }),
    });
    const body = (await response.json()) as Answer['body'];
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'fileName' });
  });
});
