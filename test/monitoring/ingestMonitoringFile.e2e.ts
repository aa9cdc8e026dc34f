import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateMonitoringSeed } from '@ipc-hub/seed/monitoring';
import { type TestStack, testToken } from '@ipc-hub/testing';
import type { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal';
import { startHub } from '../support/startHub';
import { dataFile, type Line, utc, vietnam } from './support/dataFile';
import {
  EXCEEDANCES,
  type ExceedanceAnswer,
  INGEST,
  type IngestAnswer,
  READINGS,
  REGISTER,
  type ReadingsAnswer,
} from './support/monitoringQueries';

const base = generateHanoiSeed();
const monitored = new Set(generateMonitoringSeed(base).map((s) => s.facilityId));
const [facilityA, facilityB] = base.facilities.filter(
  (f) => f.status === 'OPERATING' && !monitored.has(f.id),
);

/**
 * Column A into a river without flow data (Kq 0.9) at 300 m³/day (Kf 1.1):
 * COD 75 × 0.99 = 74.25, TSS 49.5, NH4 4.95; pH 6–9 and 40 °C unscaled.
 */
const STATION_A = {
  code: 'TESTA_NUOC01',
  name: 'Trạm quan trắc nước thải tự động (thử) A',
  kind: 'WASTEWATER',
  facilityId: facilityA?.id,
  parameters: ['TEMP', 'PH', 'COD', 'TSS', 'NH4'],
  column: 'A',
  receivingWater: { kind: 'RIVER', name: 'sông Nhuệ' },
  dischargeM3PerDay: 300,
  operatingSince: '2025-06-01',
};

/**
 * Column B into a lake of 5 million m³ (Kq 0.6) at 6 000 m³/day (Kf 0.9):
 * COD 150 × 0.54 = 81, NH4 5.4; pH 5.5–9 and colour 150 unscaled.
 */
const STATION_B = {
  code: 'TESTB_NUOC01',
  name: 'Trạm quan trắc nước thải tự động (thử) B',
  kind: 'WASTEWATER',
  facilityId: facilityB?.id,
  parameters: ['TEMP', 'PH', 'COD', 'NH4', 'COLOR'],
  column: 'B',
  receivingWater: { kind: 'LAKE', name: 'hồ Yên Sở', volumeM3: 5_000_000 },
  dischargeM3PerDay: 6000,
  operatingSince: '2025-01-01',
};

const normalA = (cod: string): Line[] => [
  ['TEMP', '29.5', '°C'],
  ['PH', '7.20', 'pH'],
  ['COD', cod, 'mg/L'],
  ['TSS', '20.0', 'mg/L'],
  ['NH4', '1.50', 'mg/L'],
];

describe('ingesting automatic monitoring data files', () => {
  let hub: TestStack;
  let donre: GraphQLClient;
  let idA: string;
  let idB: string;
  const ingest = (client: GraphQLClient, file: { fileName: string; content: string }) =>
    client.request<IngestAnswer>(INGEST, file).then((d) => d.ingestMonitoringFile);
  const exceedances = (id: string, from: string, to: string) =>
    donre
      .request<ExceedanceAnswer>(EXCEEDANCES, { id, from: vietnam(from), to: vietnam(to) })
      .then((d) => d.monitoringStation.exceedances);
  const readings = (id: string, parameter: string, from: string, to: string, resolution = 'RAW') =>
    donre
      .request<ReadingsAnswer>(READINGS, {
        id,
        parameter,
        from: vietnam(from),
        to: vietnam(to),
        resolution,
      })
      .then((d) => d.monitoringStation.readings);

  beforeAll(async () => {
    hub = await startHub();
    donre = hub.client(await testToken({ role: 'DONRE' }));
    type Registered = { registerMonitoringStation: { id: string; kq: number; kf: number } };
    const a = await donre.request<Registered>(REGISTER, { input: STATION_A });
    const b = await donre.request<Registered>(REGISTER, { input: STATION_B });
    idA = a.registerMonitoringStation.id;
    idB = b.registerMonitoringStation.id;
  });
  afterAll(() => hub?.close());

  it('fixes Kq and Kf from the receiving water and the discharge flow', async () => {
    const data = await donre.request<{
      a: {
        kq: number;
        kf: number;
        limits: Array<{ parameter: string; max: number; min: number | null }>;
      };
      b: {
        kq: number;
        kf: number;
        limits: Array<{ parameter: string; max: number; min: number | null }>;
      };
    }>(
      `query ($a: ID!, $b: ID!, $at: DateTime) {
        a: monitoringStation(id: $a) { kq kf limits(at: $at) { parameter min max } }
        b: monitoringStation(id: $b) { kq kf limits(at: $at) { parameter min max } }
      }`,
      { a: idA, b: idB, at: vietnam('2025-06-02 10:00') },
    );
    expect(data.a).toMatchObject({ kq: 0.9, kf: 1.1 });
    expect(data.b).toMatchObject({ kq: 0.6, kf: 0.9 });
    expect(data.a.limits).toEqual(
      expect.arrayContaining([
        { parameter: 'COD', min: null, max: 74.25 },
        { parameter: 'TSS', min: null, max: 49.5 },
        { parameter: 'PH', min: 6, max: 9 },
        { parameter: 'TEMP', min: null, max: 40 },
      ]),
    );
    expect(data.b.limits).toEqual(
      expect.arrayContaining([
        { parameter: 'COD', min: null, max: 81 },
        { parameter: 'COLOR', min: null, max: 150 },
        { parameter: 'PH', min: 5.5, max: 9 },
      ]),
    );
  });

  it('accepts a column-A file and finds the readings over C × Kq × Kf, and over unscaled limits', async () => {
    const file = dataFile('TESTA_NUOC01', '2025-06-02 10:00', [
      ['TEMP', '41.0', '°C'],
      ['PH', '5.80', 'pH'],
      // over 74.25 though under C = 75: the coefficients apply
      ['COD', '74.5', 'mg/L'],
      ['TSS', '49.0', 'mg/L'],
      ['NH4', '4.90', 'mg/L'],
    ]);
    expect(await ingest(donre, file)).toEqual({ accepted: 5, duplicates: 0, exceedances: 3 });
    const found = await exceedances(idA, '2025-06-02 00:00', '2025-06-03 00:00');
    const at = utc('2025-06-02 10:00');
    expect(found).toEqual([
      {
        parameter: 'TEMP',
        value: 41,
        limit: 40,
        factor: 1.025,
        measuredAt: at,
        regulation: 'QCVN 40:2011/BTNMT',
        station: { code: 'TESTA_NUOC01' },
      },
      {
        parameter: 'PH',
        value: 5.8,
        limit: 6,
        factor: 1.034,
        measuredAt: at,
        regulation: 'QCVN 40:2011/BTNMT',
        station: { code: 'TESTA_NUOC01' },
      },
      {
        parameter: 'COD',
        value: 74.5,
        limit: 74.25,
        factor: 1.003,
        measuredAt: at,
        regulation: 'QCVN 40:2011/BTNMT',
        station: { code: 'TESTA_NUOC01' },
      },
    ]);
  });

  it('judges a column-B file by column B with its own coefficients', async () => {
    const file = dataFile('TESTB_NUOC01', '2025-06-02 10:00', [
      ['TEMP', '35.0', 'oC'],
      // within column B's 5.5–9, though outside column A's 6–9
      ['PH', '5.80', ''],
      // over 150 × 0.54 = 81
      ['COD', '85.0', 'mg/L'],
      ['NH4', '5.00', 'mg/L'],
      // colour is not scaled: 120 is under 150, though over 150 × 0.54
      ['COLOR', '120', 'Pt-Co'],
    ]);
    expect(await ingest(donre, file)).toEqual({ accepted: 5, duplicates: 0, exceedances: 1 });
    expect(await exceedances(idB, '2025-06-02 00:00', '2025-06-03 00:00')).toEqual([
      expect.objectContaining({ parameter: 'COD', value: 85, limit: 81, factor: 1.049 }),
    ]);
  });

  it('stores nothing twice when the same file comes again, and says so', async () => {
    const file = dataFile('TESTA_NUOC01', '2025-06-02 09:55', normalA('30.0'));
    expect(await ingest(donre, file)).toEqual({ accepted: 5, duplicates: 0, exceedances: 0 });
    expect(await ingest(donre, file)).toEqual({ accepted: 0, duplicates: 5, exceedances: 0 });
    const cod = await readings(idA, 'COD', '2025-06-02 09:55', '2025-06-02 10:00');
    expect(cod).toEqual([
      {
        measuredAt: utc('2025-06-02 09:55'),
        value: 30,
        min: null,
        max: null,
        count: 1,
        status: 'NORMAL',
      },
    ]);
  });

  it('stores calibrating and device-error readings without judging them', async () => {
    const file = dataFile('TESTA_NUOC01', '2025-06-02 10:05', [
      ['TEMP', '29.5', '°C'],
      ['PH', '7.10', 'pH'],
      ['COD', '300.0', 'mg/L', '01'],
      ['TSS', '0.0', 'mg/L', '02'],
      ['NH4', '1.20', 'mg/L'],
    ]);
    expect(await ingest(donre, file)).toEqual({ accepted: 5, duplicates: 0, exceedances: 0 });
    const [cod] = await readings(idA, 'COD', '2025-06-02 10:05', '2025-06-02 10:10');
    expect(cod).toMatchObject({ value: 300, status: 'CALIBRATING' });
    const [tss] = await readings(idA, 'TSS', '2025-06-02 10:05', '2025-06-02 10:10');
    expect(tss).toMatchObject({ value: 0, status: 'DEVICE_ERROR' });
    const found = await exceedances(idA, '2025-06-02 10:05', '2025-06-02 10:10');
    expect(found).toEqual([]);
  });

  it('refuses a file with a malformed line whole, naming the line, and stores none of it', async () => {
    const file = dataFile('TESTA_NUOC01', '2025-06-02 10:10', [
      ['TEMP', '29.5', '°C'],
      ['PH', '7.10', 'pH'],
      ['COD', '8,5', 'mg/L'],
      ['TSS', '20.0', 'mg/L'],
      ['NH4', '1.20', 'mg/L'],
    ]);
    const error = await refusal(ingest(donre, file));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content', line: 3 });
    expect(error?.message).toContain('line 3');
    expect(error?.message).toContain('8,5');
    expect(await readings(idA, 'TEMP', '2025-06-02 10:10', '2025-06-02 10:15')).toEqual([]);
  });

  it.each([
    ['a malformed name', 'HN_TESTA_NUOC01_2025060210.txt', 'fileName'],
    ['a time that does not exist', 'HN_TESTA_NUOC01_20250231100000.txt', 'fileName'],
  ])('refuses a file with %s', async (_, fileName, field) => {
    const { content } = dataFile('TESTA_NUOC01', '2025-06-02 10:20', normalA('30.0'));
    const error = await refusal(ingest(donre, { fileName, content }));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it.each([
    ['a parameter the station does not measure', ['COLOR', '20', 'Pt/Co'], 'COLOR'],
    ['a unit that is not the parameter’s', ['COD', '0.03', 'g/L'], 'g/L'],
    ['a status that does not exist', ['COD', '30.0', 'mg/L', '07'], '07'],
  ])('refuses a line with %s', async (_, line, named) => {
    const file = dataFile('TESTA_NUOC01', '2025-06-02 10:20', [
      ['TEMP', '29.5', '°C'],
      line as Line,
    ]);
    const error = await refusal(ingest(donre, file));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', line: 2 });
    expect(error?.message).toContain(named);
  });

  it('refuses a file with a negative concentration whole, naming the line; a temperature may be below zero', async () => {
    const file = dataFile('TESTA_NUOC01', '2025-06-02 10:30', [
      ['TEMP', '-0.5', '°C'],
      ['PH', '7.10', 'pH'],
      ['COD', '-3.2', 'mg/L'],
      ['TSS', '20.0', 'mg/L'],
    ]);
    const error = await refusal(ingest(donre, file));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content', line: 3 });
    expect(error?.message).toMatch(
      /Dòng 3: giá trị COD âm .* \/ line 3: a negative COD \(-3\.2\) cannot be/,
    );
    expect(await readings(idA, 'TEMP', '2025-06-02 10:30', '2025-06-02 10:35')).toEqual([]);
    const cold = dataFile('TESTA_NUOC01', '2025-06-02 10:30', [['TEMP', '-0.5', '°C']]);
    expect(await ingest(donre, cold)).toMatchObject({ accepted: 1 });
  });

  it("refuses a file with a reading from before the station's start of operation, naming the line", async () => {
    // STATION_A operates since 2025-06-01: 00:00 that day in Vietnam is its first possible reading
    const before = dataFile('TESTA_NUOC01', '2025-05-31 23:55', normalA('30.0'));
    const error = await refusal(ingest(donre, before));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content', line: 1 });
    expect(error?.message).toContain('started operating (2025-06-01)');
    expect(await readings(idA, 'COD', '2025-05-31 23:00', '2025-06-01 00:00')).toEqual([]);
    const first = dataFile('TESTA_NUOC01', '2025-06-01 00:00', normalA('30.0'));
    expect(await ingest(donre, first)).toMatchObject({ accepted: 5 });
  });

  it('refuses a file with a reading more than 5 minutes ahead of the clock, and takes one a minute or two ahead', async () => {
    const ahead = (minutes: number) =>
      new Date(Date.now() + 7 * 3_600_000 + minutes * 60_000)
        .toISOString()
        .slice(0, 16)
        .replace('T', ' ');
    const late = dataFile('TESTA_NUOC01', ahead(10), normalA('30.0'));
    const error = await refusal(ingest(donre, late));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content', line: 1 });
    expect(error?.message).toContain('more than 5 minutes ahead');
    const soon = dataFile('TESTA_NUOC01', ahead(2), normalA('30.0'));
    expect(await ingest(donre, soon)).toMatchObject({ accepted: 5 });
  });

  it('starts a station registered without a start of operation on the day it is registered', async () => {
    const facility = base.facilities.find(
      (f) => f.status === 'OPERATING' && !monitored.has(f.id) && f !== facilityA && f !== facilityB,
    );
    const data = await donre.request<{ registerMonitoringStation: { operatingSince: string } }>(
      `mutation ($input: RegisterMonitoringStationInput!) { registerMonitoringStation(input: $input) { operatingSince } }`,
      {
        input: {
          code: 'TESTD_KHI01',
          name: 'Trạm quan trắc khí thải tự động (thử) D',
          kind: 'STACK_GAS',
          facilityId: facility?.id,
          parameters: ['DUST', 'SO2'],
        },
      },
    );
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(data.registerMonitoringStation.operatingSince).toBe(today);
  });

  it('refuses a file of a station that does not exist', async () => {
    const file = dataFile('NOSUCH_NUOC01', '2025-06-02 10:20', normalA('30.0'));
    const error = await refusal(ingest(donre, file));
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'fileName' });
  });

  it("lets an operator send its own station's files and refuses another's", async () => {
    const operator = hub.client(
      await testToken({ role: 'OPERATOR', facilityIds: [facilityA?.id ?? ''] }),
    );
    const own = dataFile('TESTA_NUOC01', '2025-06-02 10:15', normalA('31.0'));
    expect(await ingest(operator, own)).toEqual({ accepted: 5, duplicates: 0, exceedances: 0 });
    const theirs = dataFile('TESTB_NUOC01', '2025-06-02 10:15', [['COD', '40.0', 'mg/L']]);
    const error = await refusal(ingest(operator, theirs));
    expect(error?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await readings(idB, 'COD', '2025-06-02 10:15', '2025-06-02 10:20')).toEqual([]);
  });

  it.each([
    ['the public', undefined],
    ['a district officer', { role: 'AREA' as const, adminUnits: ['017'] }],
    ['another agency', { role: 'POLICE' as const }],
  ])('refuses files from %s', async (_, claims) => {
    const client = hub.client(claims ? await testToken(claims) : undefined);
    const file = dataFile('TESTA_NUOC01', '2025-06-02 10:25', normalA('30.0'));
    const error = await refusal(ingest(client, file));
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });

  describe('a station silent for over an hour', () => {
    const sent = [
      '10:00',
      '10:05',
      '10:10',
      '10:15',
      '10:20',
      '10:25',
      '10:30',
      // silent from 10:35 to 11:30
      '11:35',
      '11:40',
      '11:45',
      '11:50',
      '11:55',
      '12:00',
    ];
    beforeAll(async () => {
      for (const [index, time] of sent.entries()) {
        await ingest(
          donre,
          dataFile('TESTA_NUOC01', `2025-06-03 ${time}`, normalA(`${20 + index}.0`)),
        );
      }
    });

    it('reports the silence as a data gap', async () => {
      const data = await donre.request<{
        monitoringStation: { gaps: Array<{ from: string; to: string; minutes: number }> };
      }>(
        'query ($id: ID!, $from: DateTime!, $to: DateTime!) { monitoringStation(id: $id) { gaps(from: $from, to: $to) { from to minutes } } }',
        { id: idA, from: vietnam('2025-06-03 10:00'), to: vietnam('2025-06-03 12:05') },
      );
      expect(data.monitoringStation.gaps).toEqual([
        { from: utc('2025-06-03 10:30'), to: utc('2025-06-03 11:35'), minutes: 65 },
      ]);
    });

    it('aggregates its readings by hour and by Vietnamese day', async () => {
      const hourly = await readings(idA, 'COD', '2025-06-03 10:00', '2025-06-03 12:05', 'HOUR');
      expect(hourly).toEqual([
        {
          measuredAt: utc('2025-06-03 10:00'),
          value: 23,
          min: 20,
          max: 26,
          count: 7,
          status: null,
        },
        {
          measuredAt: utc('2025-06-03 11:00'),
          value: 29,
          min: 27,
          max: 31,
          count: 5,
          status: null,
        },
        {
          measuredAt: utc('2025-06-03 12:00'),
          value: 32,
          min: 32,
          max: 32,
          count: 1,
          status: null,
        },
      ]);
      const daily = await readings(idA, 'COD', '2025-06-03 00:00', '2025-06-04 00:00', 'DAY');
      expect(daily).toEqual([
        {
          measuredAt: utc('2025-06-03 00:00'),
          value: 26,
          min: 20,
          max: 32,
          count: 13,
          status: null,
        },
      ]);
    });
  });
});
