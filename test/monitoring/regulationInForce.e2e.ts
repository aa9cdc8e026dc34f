import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateMonitoringSeed } from '@ipc-hub/seed/monitoring';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import type { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';
import { dataFile, utc, vietnam } from './support/dataFile';
import {
  EXCEEDANCES,
  type ExceedanceAnswer,
  INGEST,
  type IngestAnswer,
  REGISTER,
} from './support/monitoringQueries';

const base = generateHanoiSeed();
const monitored = new Set(generateMonitoringSeed(base).map((s) => s.facilityId));
const facility = base.facilities.find((f) => f.status === 'OPERATING' && !monitored.has(f.id));

const cod = (time: string, value: string) =>
  dataFile('TESTC_NUOC01', time, [['COD', value, 'mg/L']]);

describe('the regulation a reading is judged by', () => {
  let hub: TestStack;
  let donre: GraphQLClient;
  let id: string;
  const ingest = (file: { fileName: string; content: string }) =>
    donre.request<IngestAnswer>(INGEST, file).then((d) => d.ingestMonitoringFile);

  beforeAll(async () => {
    hub = await startHub();
    donre = hub.client(await testToken({ role: 'DONRE' }));
    // coefficients as a permit states them: C itself is the limit
    const registered = await donre.request<{
      registerMonitoringStation: { id: string; coefficientsGiven: boolean };
    }>(REGISTER, {
      input: {
        code: 'TESTC_NUOC01',
        name: 'Trạm quan trắc nước thải tự động (thử) C',
        kind: 'WASTEWATER',
        facilityId: facility?.id,
        parameters: ['COD'],
        column: 'B',
        kq: 1,
        kf: 1,
        operatingSince: '2024-01-01',
      },
    });
    expect(registered.registerMonitoringStation.coefficientsGiven).toBe(true);
    id = registered.registerMonitoringStation.id;
  });
  afterAll(() => hub?.close());

  it('is QCVN 40:2011 after 2025-09-01 as long as no later regulation has rows', async () => {
    expect(await ingest(cod('2025-09-15 10:00', '160.0'))).toMatchObject({ exceedances: 1 });
    const data = await donre.request<ExceedanceAnswer>(EXCEEDANCES, {
      id,
      from: vietnam('2025-09-01 00:00'),
      to: vietnam('2025-09-30 00:00'),
    });
    expect(data.monitoringStation.exceedances).toEqual([
      expect.objectContaining({ value: 160, limit: 150, regulation: 'QCVN 40:2011/BTNMT' }),
    ]);
  });

  it('is the one in force on the day the reading was measured, once a later one is added as rows', async () => {
    const db = hub.subgraphs.environment?.database.db;
    if (!db) throw new Error('no environment database');
    // a stand-in for QCVN 40:2025/BTNMT, whose tables are not in the reference data
    await db.execute(sql`insert into regulations (code, title, issued_by, station_kind, effective_from)
      values ('QCVN TEST:2025', 'Quy chuẩn thử', 'Thông tư thử', 'WASTEWATER', '2025-10-01')`);
    await db.execute(sql`insert into regulation_limits
        (regulation_code, parameter_id, qcvn_column, kind, min_value, max_value, scaled)
      select 'QCVN TEST:2025', id, 'B', 'MAX', null, 100, false from monitoring_parameters where code = 'COD'`);

    // 120 is within 2011's 150 on the last evening before, over the new 100 from midnight on
    expect(await ingest(cod('2025-09-30 23:55', '120.0'))).toMatchObject({ exceedances: 0 });
    expect(await ingest(cod('2025-10-01 00:00', '120.0'))).toMatchObject({ exceedances: 1 });

    const data = await donre.request<ExceedanceAnswer>(EXCEEDANCES, {
      id,
      from: vietnam('2025-09-01 00:00'),
      to: vietnam('2025-10-31 00:00'),
    });
    expect(
      data.monitoringStation.exceedances.map(({ measuredAt, limit, regulation }) => ({
        measuredAt,
        limit,
        regulation,
      })),
    ).toEqual([
      { measuredAt: utc('2025-09-15 10:00'), limit: 150, regulation: 'QCVN 40:2011/BTNMT' },
      { measuredAt: utc('2025-10-01 00:00'), limit: 100, regulation: 'QCVN TEST:2025' },
    ]);
  });
});
