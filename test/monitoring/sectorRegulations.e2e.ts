import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateMonitoringSeed } from '@ipc-hub/seed/monitoring';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import type { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';
import { dataFile, vietnam } from './support/dataFile';
import {
  EXCEEDANCES,
  type ExceedanceAnswer,
  INGEST,
  type IngestAnswer,
} from './support/monitoringQueries';

const base = generateHanoiSeed();
const monitored = new Set(generateMonitoringSeed(base).map((s) => s.facilityId));
const [paperMill, dyeWorks, boilerHouse] = base.facilities.filter(
  (f) => f.status === 'OPERATING' && !monitored.has(f.id),
);

const REGISTER = `mutation ($input: RegisterMonitoringStationInput!) {
  registerMonitoringStation(input: $input) { id kq kf kp kv }
}`;

const REGULATION = `query ($id: ID!, $at: Date) {
  monitoringStation(id: $id) {
    regulation(at: $at) { code issuedBy effectiveFrom sectorCodes source }
    limits(at: "2026-06-01T00:00:00+07:00") { parameter regulation max baseMax coefficient }
  }
}`;

interface RegulationAnswer {
  monitoringStation: {
    regulation: {
      code: string;
      issuedBy: string;
      effectiveFrom: string;
      sectorCodes: string[];
      source: string;
    } | null;
    limits: Array<{
      parameter: string;
      regulation: string;
      max: number;
      baseMax: number;
      coefficient: number;
    }>;
  };
}

/**
 * Hand-computed vectors: the limit is C of the station's regulation and
 * column times its coefficients, and a reading is an exceedance only above it.
 */
describe("a station is judged by its facility's sector standard, and stack gas by QCVN 19:2009", () => {
  let hub: TestStack;
  let donre: GraphQLClient;
  const ids: Record<string, string> = {};
  const ingest = (file: { fileName: string; content: string }) =>
    donre.request<IngestAnswer>(INGEST, file).then((d) => d.ingestMonitoringFile);
  const regulationOf = (id: string | undefined, at?: string) =>
    donre.request<RegulationAnswer>(REGULATION, { id, at }).then((d) => d.monitoringStation);

  beforeAll(async () => {
    hub = await startHub();
    donre = hub.client(await testToken({ role: 'DONRE' }));
    const db = hub.subgraphs.environment?.database.db;
    if (!db || !paperMill || !dyeWorks || !boilerHouse)
      throw new Error('no facilities to test with');
    // Sản xuất bột giấy, giấy và bìa (1701) and Hoàn thiện sản phẩm dệt (1313)
    await db.execute(sql`update facilities set sector_code = '1701' where id = ${paperMill.id}`);
    await db.execute(sql`update facilities set sector_code = '1313' where id = ${dyeWorks.id}`);
    const register = async (key: string, input: Record<string, unknown>) => {
      const answer = await donre.request<{ registerMonitoringStation: { id: string } }>(REGISTER, {
        input: { name: `Trạm thử ${key}`, operatingSince: '2024-01-01', ...input },
      });
      ids[key] = answer.registerMonitoringStation.id;
    };
    await register('paper', {
      code: 'TESTP_NUOC01',
      kind: 'WASTEWATER',
      facilityId: paperMill.id,
      parameters: ['COD', 'TSS', 'PH'],
      column: 'B',
      kq: 0.9,
      kf: 1.1,
    });
    await register('textile', {
      code: 'TESTT_NUOC01',
      kind: 'WASTEWATER',
      facilityId: dyeWorks.id,
      parameters: ['COLOR', 'COD', 'PH'],
      column: 'B',
      kq: 0.9,
      kf: 1,
    });
    await register('stack', {
      code: 'TESTS_KHI01',
      kind: 'STACK_GAS',
      facilityId: boilerHouse.id,
      parameters: ['DUST', 'SO2', 'NOX', 'CO'],
      kp: 0.9,
      kv: 0.8,
    });
  });
  afterAll(() => hub?.close());

  it('names QCVN 12-MT:2015 for a paper mill, with Cmax = C × Kq × Kf (COD 150 × 0.9 × 1.1 = 148.5)', async () => {
    const station = await regulationOf(ids.paper, '2026-06-01');
    expect(station.regulation).toMatchObject({
      code: 'QCVN 12-MT:2015/BTNMT',
      issuedBy: 'Thông tư 12/2015/TT-BTNMT',
      sectorCodes: ['1701'],
    });
    expect(station.regulation?.source).toMatch(/Bảng 1/);
    expect(station.limits).toEqual(
      expect.arrayContaining([
        {
          parameter: 'COD',
          regulation: 'QCVN 12-MT:2015/BTNMT',
          max: 148.5,
          baseMax: 150,
          coefficient: 0.99,
        },
        {
          parameter: 'TSS',
          regulation: 'QCVN 12-MT:2015/BTNMT',
          max: 99,
          baseMax: 100,
          coefficient: 0.99,
        },
        // pH is a range and never scaled
        expect.objectContaining({ parameter: 'PH', max: 9, coefficient: 1 }),
      ]),
    );
    const file = (time: string, cod: string) =>
      dataFile('TESTP_NUOC01', time, [
        ['COD', cod, 'mg/L'],
        ['TSS', '98.9', 'mg/L'],
        ['PH', '5.6', ''],
      ]);
    expect(await ingest(file('2026-06-01 10:00', '148.4'))).toMatchObject({ exceedances: 0 });
    expect(await ingest(file('2026-06-01 10:05', '148.6'))).toMatchObject({ exceedances: 1 });
    const data = await donre.request<ExceedanceAnswer>(EXCEEDANCES, {
      id: ids.paper,
      from: vietnam('2026-06-01 00:00'),
      to: vietnam('2026-06-02 00:00'),
    });
    expect(data.monitoringStation.exceedances).toEqual([
      expect.objectContaining({
        parameter: 'COD',
        limit: 148.5,
        regulation: 'QCVN 12-MT:2015/BTNMT',
      }),
    ]);
  });

  it('names QCVN 13-MT:2015 for a dye works, which scales colour too (150 × 0.9 = 135, where QCVN 40 keeps 150)', async () => {
    const station = await regulationOf(ids.textile, '2026-06-01');
    expect(station.regulation).toMatchObject({
      code: 'QCVN 13-MT:2015/BTNMT',
      sectorCodes: ['1313'],
    });
    expect(station.limits).toEqual(
      expect.arrayContaining([
        {
          parameter: 'COLOR',
          regulation: 'QCVN 13-MT:2015/BTNMT',
          max: 135,
          baseMax: 150,
          coefficient: 0.9,
        },
        {
          parameter: 'COD',
          regulation: 'QCVN 13-MT:2015/BTNMT',
          max: 135,
          baseMax: 150,
          coefficient: 0.9,
        },
      ]),
    );
    // 140 Pt/Co: within QCVN 40:2011 (150, unscaled), over QCVN 13-MT:2015 (135)
    const file = dataFile('TESTT_NUOC01', '2026-06-01 10:00', [
      ['COLOR', '140', 'Pt/Co'],
      ['COD', '134', 'mg/L'],
      ['PH', '7.1', ''],
    ]);
    expect(await ingest(file)).toMatchObject({ exceedances: 1 });
    const data = await donre.request<ExceedanceAnswer>(EXCEEDANCES, {
      id: ids.textile,
      from: vietnam('2026-06-01 00:00'),
      to: vietnam('2026-06-02 00:00'),
    });
    expect(data.monitoringStation.exceedances).toEqual([
      expect.objectContaining({
        parameter: 'COLOR',
        limit: 135,
        factor: 1.037,
        regulation: 'QCVN 13-MT:2015/BTNMT',
      }),
    ]);
  });

  it('judged the dye works by QCVN 40:2011 before QCVN 13-MT:2015 came into force (2016-01-01)', async () => {
    const station = await regulationOf(ids.textile, '2015-12-31');
    expect(station.regulation?.code).toBe('QCVN 40:2011/BTNMT');
    expect((await regulationOf(ids.textile, '2016-01-01')).regulation?.code).toBe(
      'QCVN 13-MT:2015/BTNMT',
    );
  });

  it('judges stack gas by QCVN 19:2009 column B with Kp × Kv (SO2 500 × 0.9 × 0.8 = 360)', async () => {
    const station = await regulationOf(ids.stack, '2026-06-01');
    expect(station.regulation).toMatchObject({ code: 'QCVN 19:2009/BTNMT', sectorCodes: [] });
    expect(station.limits).toEqual(
      expect.arrayContaining([
        {
          parameter: 'DUST',
          regulation: 'QCVN 19:2009/BTNMT',
          max: 144,
          baseMax: 200,
          coefficient: 0.72,
        },
        {
          parameter: 'SO2',
          regulation: 'QCVN 19:2009/BTNMT',
          max: 360,
          baseMax: 500,
          coefficient: 0.72,
        },
        {
          parameter: 'NOX',
          regulation: 'QCVN 19:2009/BTNMT',
          max: 612,
          baseMax: 850,
          coefficient: 0.72,
        },
        {
          parameter: 'CO',
          regulation: 'QCVN 19:2009/BTNMT',
          max: 720,
          baseMax: 1000,
          coefficient: 0.72,
        },
      ]),
    );
    const file = (time: string, so2: string) =>
      dataFile('TESTS_KHI01', time, [
        ['DUST', '143', 'mg/Nm3'],
        ['SO2', so2, 'mg/Nm3'],
        ['NOX', '611', 'mg/Nm3'],
        ['CO', '700', 'mg/Nm3'],
      ]);
    expect(await ingest(file('2026-06-01 10:00', '359'))).toMatchObject({ exceedances: 0 });
    expect(await ingest(file('2026-06-01 10:05', '370'))).toMatchObject({ exceedances: 1 });
    const data = await donre.request<ExceedanceAnswer>(EXCEEDANCES, {
      id: ids.stack,
      from: vietnam('2026-06-01 00:00'),
      to: vietnam('2026-06-02 00:00'),
    });
    expect(data.monitoringStation.exceedances).toEqual([
      expect.objectContaining({ parameter: 'SO2', value: 370, limit: 360, factor: 1.028 }),
    ]);
  });

  it('refuses Kp and Kv on a wastewater station, and stores nothing', async () => {
    await expect(
      donre.request(REGISTER, {
        input: {
          code: 'TESTX_NUOC01',
          name: 'Trạm thử sai',
          kind: 'WASTEWATER',
          facilityId: boilerHouse?.id,
          parameters: ['COD'],
          column: 'B',
          kq: 1,
          kf: 1,
          kp: 0.9,
        },
      }),
    ).rejects.toThrow(/kp and kv/);
  });
});
