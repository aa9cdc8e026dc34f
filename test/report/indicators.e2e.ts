import { generateHanoiSeed } from '@ipc-hub/seed';
import { type TestStack, testToken } from '@ipc-hub/testing';
import type { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';

/**
 * One test per target of section I.3 of the plan (docs/plan-report.md): each crafts
 * records through the owning agencies' own mutations and reads the report
 * before and after, for the unit the records are in, so that the exact
 * change of the figures and the crafted subject's item prove the
 * indicator's definition. The city reads the reports: it sees every item.
 */

const seed = generateHanoiSeed();
/**
 * Xã Mỹ Đức (formed from the former district of Mỹ Đức): every crafted
 * record is in it, and its report is the one read. Records written today
 * take a commune (docs/units.md).
 */
const UNIT = '10441';
const OTHER_UNIT = '10402';

const REPORT = `query ($period: String!, $unit: String) {
  planReport(period: $period, adminUnit: $unit) {
    indicators { code numerator denominator value met due note itemsWithheld
      items { meets reason numerator denominator
        subject { __typename ... on Facility { id } ... on IndustrialZone { id } ... on IndustrialCluster { id } ... on InvestmentProject { id } ... on ClusterInvestmentProject { id } } } } } }`;

interface Item {
  meets: boolean;
  reason: string | null;
  numerator: number;
  denominator: number;
  subject: { __typename: string; id: string };
}

interface Indicator {
  code: string;
  numerator: number;
  denominator: number;
  value: number | null;
  met: boolean;
  due: boolean;
  note: string | null;
  itemsWithheld: number;
  items: Item[];
}

const seededTaxCodes = new Set(seed.facilities.map((f) => f.taxCode));
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];
let taxSerial = 0;

/** A well-formed tax code no facility of the seed or of this file has. */
function freshTaxCode(): string {
  for (;;) {
    taxSerial += 1;
    const nine = `0109${String(taxSerial).padStart(5, '0')}`;
    const sum = [...nine].reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i] ?? 0), 0);
    const check = 10 - (sum % 11);
    const code = `${nine}${check}`;
    if (check <= 9 && !seededTaxCodes.has(code)) return code;
  }
}

const destinationCluster = seed.clusters[0];

describe('planReport: each indicator on crafted records', () => {
  let hub: TestStack;
  let city: GraphQLClient;
  let donre: GraphQLClient;
  let doit: GraphQLClient;
  let hiza: GraphQLClient;
  let police: GraphQLClient;

  beforeAll(async () => {
    hub = await startHub();
    city = hub.client(await testToken({ role: 'CITY' }));
    donre = hub.client(await testToken({ role: 'DONRE' }));
    doit = hub.client(await testToken({ role: 'DOIT' }));
    hiza = hub.client(await testToken({ role: 'HIZA' }));
    police = hub.client(await testToken({ role: 'POLICE' }));
  });
  afterAll(() => hub?.close());

  /**
   * The indicator of the unit's (or the city's) report, checked against its
   * own drill-down: the city sees every item, counts are the items that
   * meet and the items, and 3.5's kilograms are its items' sums.
   */
  async function indicator(code: string, period: string, unit: string | null = UNIT) {
    const data = await city.request<{ planReport: { indicators: Indicator[] } }>(REPORT, {
      period,
      unit,
    });
    const found = data.planReport.indicators.find((i) => i.code === code);
    if (!found) throw new Error(`no indicator ${code}`);
    expect(found.itemsWithheld).toBe(0);
    if (code === '3.5') {
      const sum = (pick: (item: Item) => number) =>
        found.items.reduce((total, item) => total + pick(item), 0);
      expect(found.numerator).toBeCloseTo(
        sum((i) => i.numerator),
        6,
      );
      expect(found.denominator).toBeCloseTo(
        sum((i) => i.denominator),
        6,
      );
    } else {
      expect(found.numerator).toBe(found.items.filter((i) => i.meets).length);
      expect(found.denominator).toBe(found.items.length);
      for (const item of found.items) {
        expect([item.numerator, item.denominator]).toEqual([item.meets ? 1 : 0, 1]);
      }
    }
    return found;
  }

  /** The subject's item, or undefined when it is not in the denominator. */
  const itemOf = (found: Indicator, id: string) => found.items.find((i) => i.subject.id === id);

  function expectItem(found: Indicator, id: string): Item {
    const item = itemOf(found, id);
    expect(item, `item ${id} of ${found.code}`).toBeDefined();
    return item as Item;
  }

  const delta = (after: Indicator, before: Indicator) => ({
    numerator: after.numerator - before.numerator,
    denominator: after.denominator - before.denominator,
  });

  async function registerFacility(
    name: string,
    startedOperationOn: string | null,
    adminUnitCode = UNIT,
  ): Promise<string> {
    const data = await donre.request<{ registerFacility: { id: string } }>(
      `mutation ($input: RegisterFacilityInput!) { registerFacility(input: $input) { id } }`,
      {
        input: {
          name,
          taxCode: freshTaxCode(),
          address: `${name}, thôn Hội Xá, xã Phù Lưu Tế, huyện Mỹ Đức, Hà Nội`,
          adminUnitCode,
          sectorCode: '2592',
          startedOperationOn,
        },
      },
    );
    return data.registerFacility.id;
  }

  let decisions = 0;
  async function recordApproval(facilityId: string, issuedOn: string, validUntil: string | null) {
    decisions += 1;
    const data = await donre.request<{ recordApproval: { id: string } }>(
      `mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }`,
      {
        input: {
          facilityId,
          kind: 'ENVIRONMENTAL_PERMIT',
          decisionNumber: `${900 + decisions}/GPMT-STNMT`,
          issuingAuthority: 'Sở Tài nguyên và Môi trường Hà Nội',
          issuedOn,
          validUntil,
        },
      },
    );
    return data.recordApproval.id;
  }

  /**
   * One file of a station holding, for each of `days` (yyyyMMdd), the lines
   * `[parameter, value, unit]` measured at `clock` (HHmmss, Vietnam time) that day.
   */
  const ingestDays = (station: string, days: readonly string[], clock: string, lines: string[][]) =>
    donre.request(
      `mutation ($fileName: String!, $content: String!) { ingestMonitoringFile(fileName: $fileName, content: $content) { accepted } }`,
      {
        fileName: `HN_${station}_${days[days.length - 1]}${clock}.txt`,
        content: days
          .flatMap((day) => lines.map((line) => [...line, `${day}${clock}`, '00'].join('\t')))
          .join('\n')
          .concat('\n'),
      },
    );

  /** The Vietnamese days from `first` on, `count` of them, every `step`th: yyyyMMdd. */
  function days(first: string, count: number, step = 1): string[] {
    const start = Date.parse(`${first}T00:00:00Z`);
    return Array.from({ length: count }, (_, i) =>
      new Date(start + i * step * 86_400_000).toISOString().slice(0, 10).replaceAll('-', ''),
    );
  }

  it('3.1 counts every operating zone, and meets it with its plant commissioned by the period end and its station clean and transmitting', async () => {
    const before2025 = await indicator('3.1', '2025');
    const before2026 = await indicator('3.1', '2026-Q1');
    const create = `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`;
    const zone = await hiza.request<{ createZone: { id: string } }>(create, {
      input: {
        code: 'MYDUCIND31',
        name: 'Khu công nghiệp thử Mỹ Đức',
        kind: 'HIGH_TECH_PARK',
        adminUnitCode: UNIT,
        areaHa: 120,
        status: 'OPERATING',
        // operating since before the periods read
        effectiveOn: '2024-01-01',
      },
    });
    const id = zone.createZone.id;
    // a zone not yet operating is not counted
    await hiza.request(create, {
      input: {
        code: 'MYDUCIND31B',
        name: 'Khu công nghiệp thử Mỹ Đức B',
        kind: 'INDUSTRIAL_ZONE',
        adminUnitCode: UNIT,
        status: 'UNDER_CONSTRUCTION',
      },
    });

    const none = await indicator('3.1', '2025');
    expect(delta(none, before2025)).toEqual({ numerator: 0, denominator: 1 });
    expect(expectItem(none, id)).toMatchObject({
      meets: false,
      reason: 'no central wastewater plant',
      subject: { __typename: 'IndustrialZone' },
    });

    const setPlant = (input: Record<string, unknown>) =>
      hiza.request(
        `mutation ($input: SetZoneWastewaterPlantInput!) { setZoneWastewaterPlant(input: $input) { id } }`,
        // each state replaces the last as of the same day, before the periods read
        { input: { zoneId: id, capacityM3PerDay: 3000, effectiveOn: '2024-01-01', ...input } },
      );
    await setPlant({ status: 'UNDER_CONSTRUCTION', compliant: false, autoMonitoring: false });
    expect(expectItem(await indicator('3.1', '2025'), id).reason).toContain('under construction');

    // operating, declared compliant and monitored, but with no commissioning day: not operating in any period
    await setPlant({ status: 'OPERATING', compliant: true, autoMonitoring: true });
    expect(expectItem(await indicator('3.1', '2025'), id)).toMatchObject({
      meets: false,
      reason: 'the central wastewater plant has no commissioning date on record',
    });
    await setPlant({
      status: 'OPERATING',
      compliant: true,
      autoMonitoring: true,
      commissionedOn: '2026-03-01',
    });
    expect(expectItem(await indicator('3.1', '2025'), id).reason).toBe(
      'the central wastewater plant began operating on 2026-03-01, after the period',
    );

    // commissioned in time, declared compliant and monitored: with no station, the declaration does not rescue it
    await setPlant({
      status: 'OPERATING',
      compliant: true,
      autoMonitoring: true,
      commissionedOn: '2024-01-15',
    });
    expect(expectItem(await indicator('3.1', '2025'), id)).toMatchObject({
      meets: false,
      reason:
        'the central plant has no automatic monitoring station; declared compliant by the Board, which the monitoring evidence does not bear out',
    });

    await donre.request(
      `mutation ($input: RegisterMonitoringStationInput!) { registerMonitoringStation(input: $input) { id } }`,
      {
        input: {
          code: 'MYDUC31WWTP_NUOC01',
          name: 'Trạm quan trắc nước thải tự động KCN thử Mỹ Đức',
          kind: 'WASTEWATER',
          zoneId: id,
          parameters: ['PH', 'COD', 'NH4'],
          column: 'A',
          receivingWater: { kind: 'RIVER', name: 'sông Đáy' },
          dischargeM3PerDay: 300,
          // in operation before the periods read, so its readings of them are accepted
          operatingSince: '2025-01-01',
        },
      },
    );
    // a station silent over the period's last 90 days (3/10–31/12/2025) is no automatic monitoring
    const silent = expectItem(await indicator('3.1', '2025'), id);
    expect(silent.meets).toBe(false);
    expect(silent.reason).toContain(
      'station MYDUC31WWTP_NUOC01 sent no data on 90 of 90 days (2025-10-03 to 2025-12-31)',
    );

    // 75 of those 90 days with data (≥ 80 %): transmitting; COD (limit 74.25 mg/l) averages over it on 3 days
    const clean = (value = '40.0') => [
      ['PH', '7.10', 'pH'],
      ['COD', value, 'mg/L'],
      ['NH4', '1.20', 'mg/L'],
    ];
    const q4 = days('2025-10-03', 75);
    await ingestDays('MYDUC31WWTP_NUOC01', q4, '080000', clean());
    // the day's average of 40 and 200 is 120: 1.62 × the limit; a single reading over it on
    // another day does not lift that day's average over the limit
    await ingestDays(
      'MYDUC31WWTP_NUOC01',
      ['20251110', '20251111', '20251112'],
      '200000',
      clean('200.0'),
    );
    await ingestDays('MYDUC31WWTP_NUOC01', ['20251113'], '200000', clean('90.0'));
    const exceeding = await indicator('3.1', '2025');
    expect(delta(exceeding, before2025)).toEqual({ numerator: 0, denominator: 1 });
    expect(expectItem(exceeding, id)).toMatchObject({
      meets: false,
      reason:
        'COD at MYDUC31WWTP_NUOC01 over its limit on 3 days (worst daily average 1.62× the limit, 2025-10-03 to 2025-12-31); declared compliant by the Board, which the monitoring evidence does not bear out',
    });

    // the next quarter's readings are clean and sent on 80 of its 90 days: it meets again
    await ingestDays('MYDUC31WWTP_NUOC01', days('2026-01-01', 80), '080000', clean());
    const met = await indicator('3.1', '2026-Q1');
    expect(delta(met, before2026)).toEqual({ numerator: 1, denominator: 1 });
    expect(expectItem(met, id)).toMatchObject({ meets: true, reason: null });
    // declared non-compliant and unmonitored: the evidence decides, the declaration is not a verdict
    await setPlant({
      status: 'OPERATING',
      compliant: false,
      autoMonitoring: false,
      commissionedOn: '2024-01-15',
    });
    expect(expectItem(await indicator('3.1', '2026-Q1'), id)).toMatchObject({ meets: true });
    // 2025 still fails on its own evidence
    expect(expectItem(await indicator('3.1', '2025'), id).reason).toContain(
      'COD at MYDUC31WWTP_NUOC01',
    );
  });

  it('counts each zone and facility as it stood on the period end: one created after a period is absent from it, a later change leaves it as it was', async () => {
    // a zone recorded today, operating: in no past period's report, in this year's
    const zone = await hiza.request<{ createZone: { id: string } }>(
      `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
      {
        input: {
          code: 'MYDUCHIST',
          name: 'Khu công nghiệp thử lịch sử Mỹ Đức',
          kind: 'INDUSTRIAL_ZONE',
          adminUnitCode: UNIT,
          status: 'OPERATING',
        },
      },
    );
    for (const period of ['2012', '2015', '2025', '2026-Q3']) {
      expect(itemOf(await indicator('3.1', period), zone.createZone.id), period).toBeUndefined();
    }
    expect(itemOf(await indicator('3.1', '2026'), zone.createZone.id)).toBeDefined();

    // a facility registered today without a start of operation: in no past period's 3.4
    const unknownStart = await registerFacility('Công ty TNHH Cơ khí thử lịch sử A', null);
    expect(itemOf(await indicator('3.4', '2025'), unknownStart)).toBeUndefined();
    expect(itemOf(await indicator('3.4', '2026'), unknownStart)).toBeDefined();

    // a facility operating since 2020 that closed on 1/6/2026: counted in 2025 and 2026-Q1, not after
    const closing = await registerFacility('Công ty TNHH Cơ khí thử lịch sử B', '2020-01-01');
    const before = await indicator('3.4', '2025');
    expect(itemOf(before, closing)).toBeDefined();
    await donre.request(
      `mutation ($input: ChangeFacilityStatusInput!) { changeFacilityStatus(input: $input) { id } }`,
      { input: { facilityId: closing, status: 'CLOSED', effectiveOn: '2026-06-01' } },
    );
    const after = await indicator('3.4', '2025');
    expect(itemOf(after, closing)).toEqual(itemOf(before, closing));
    expect(delta(after, before)).toEqual({ numerator: 0, denominator: 0 });
    expect(itemOf(await indicator('3.4', '2026-Q1'), closing)).toBeDefined();
    expect(itemOf(await indicator('3.4', '2026-Q2'), closing)).toBeUndefined();
    // a change cannot be recorded as taking effect before one already recorded: refused, nothing changes
    await expect(
      donre.request(
        `mutation ($input: ChangeFacilityStatusInput!) { changeFacilityStatus(input: $input) { id } }`,
        { input: { facilityId: closing, status: 'SUSPENDED', effectiveOn: '2026-01-01' } },
      ),
    ).rejects.toThrow(/before a change already recorded as effective on 2026-06-01/);
    expect(itemOf(await indicator('3.4', '2026-Q2'), closing)).toBeUndefined();
    expect(itemOf(await indicator('3.4', '2026-Q1'), closing)).toBeDefined();
  });

  it('3.1 on the demo data: the declared flags of Quang Minh, Sài Đồng B, Thăng Long and Hòa Lạc do not outrank their stations', async () => {
    const names = ['Quang Minh', 'Sài Đồng B', 'Thăng Long', 'Khu công nghệ cao Hòa Lạc'];
    const zones = names.map((name) => {
      const found = seed.zones.find((z) => z.name === name);
      if (!found) throw new Error(`no demo zone ${name}`);
      return found;
    });
    const [, , thangLong, hoaLac] = zones;
    // the demo's readings are the two weeks before 1/11/2026: nothing in 2025
    const y2025 = await indicator('3.1', '2025', null);
    for (const zone of [thangLong, hoaLac]) {
      if (!zone) throw new Error('demo zones');
      const item = expectItem(y2025, zone.id);
      expect(item.meets).toBe(false);
      expect(item.reason).toMatch(/sent no data on 90 of 90 days \(2025-10-03 to 2025-12-31\)/);
    }
    // in 2026-Q4 two weeks of data (18/10–31/10/2026) in the last 90 days is no automatic
    // monitoring that transmits, and the Board's declaration does not change that
    const q4 = await indicator('3.1', '2026-Q4', null);
    for (const zone of zones) {
      const item = expectItem(q4, zone.id);
      expect(item.meets, zone.name).toBe(false);
      expect(item.reason).toMatch(/sent no data on 7\d of 90 days/);
      if (zone.plant.compliant) expect(item.reason).toContain('declared compliant by the Board');
    }
  });

  it('3.2 counts every operating cluster, and meets it with its technical infrastructure, an operating plant clean on the evidence and solid-waste collection, each as it stood at the period end', async () => {
    const before2025 = await indicator('3.2', '2025');
    const before2026 = await indicator('3.2', '2026-Q1');
    const create = `mutation ($input: CreateClusterInput!) { createCluster(input: $input) { id } }`;
    const created = await doit.request<{ createCluster: { id: string } }>(create, {
      input: {
        name: 'Cụm công nghiệp thử Phù Lưu Tế',
        adminUnitCode: UNIT,
        areaHa: 40,
        status: 'OPERATING',
        developerKind: 'ENTERPRISE',
        developer: 'Công ty CP Hạ tầng thử',
        // operating since before the periods read
        effectiveOn: '2025-01-01',
      },
    });
    const id = created.createCluster.id;
    // a planned cluster is not counted
    await doit.request(create, {
      input: {
        name: 'Cụm công nghiệp thử Hương Sơn',
        adminUnitCode: UNIT,
        status: 'PLANNED',
        developerKind: 'DISTRICT_COMMITTEE',
      },
    });

    const bare = await indicator('3.2', '2026');
    expect(delta(bare, before2026)).toEqual({ numerator: 0, denominator: 1 });
    const bareItem = expectItem(bare, id);
    expect(bareItem).toMatchObject({ meets: false, subject: { __typename: 'IndustrialCluster' } });
    expect(bareItem.reason).toContain(
      'technical infrastructure incomplete: no roads, drainage, power, water supply',
    );
    expect(bareItem.reason).toContain('no central wastewater plant');
    expect(bareItem.reason).toContain('no solid-waste collection');
    // the environmental dossier is not a part of 3.2
    expect(bareItem.reason).not.toContain('dossier');

    const update = `mutation ($input: UpdateClusterInput!) { updateCluster(input: $input) { id } }`;
    await doit.request(update, {
      input: { clusterId: id, solidWasteCollection: true, effectiveOn: '2025-01-01' },
    });
    const collected = expectItem(await indicator('3.2', '2026'), id);
    expect(collected.reason).not.toContain('solid-waste');
    expect(collected.reason).toContain('no central wastewater plant');

    const infrastructure = (items: Record<string, unknown>) =>
      doit.request(
        `mutation ($input: SetClusterTechnicalInfrastructureInput!) { setClusterTechnicalInfrastructure(input: $input) { id } }`,
        {
          input: {
            clusterId: id,
            roads: true,
            drainage: true,
            power: true,
            waterSupply: true,
            ...items,
          },
        },
      );
    await infrastructure({ drainage: false, effectiveOn: '2025-01-01' });
    expect(expectItem(await indicator('3.2', '2026'), id).reason).toBe(
      'technical infrastructure incomplete: no drainage; no central wastewater plant',
    );
    await infrastructure({ effectiveOn: '2025-01-01' });
    expect(expectItem(await indicator('3.2', '2026'), id)).toMatchObject({
      meets: false,
      reason: 'no central wastewater plant',
    });

    const setPlant = (input: Record<string, unknown>) =>
      doit.request(
        `mutation ($input: SetClusterWastewaterPlantInput!) { setClusterWastewaterPlant(input: $input) { id } }`,
        { input: { clusterId: id, effectiveOn: '2025-01-01', ...input } },
      );
    await setPlant({
      status: 'UNDER_CONSTRUCTION',
      capacityM3PerDay: 1500,
      compliant: false,
      autoMonitoring: false,
    });
    const building = expectItem(await indicator('3.2', '2026'), id);
    expect(building.meets).toBe(false);
    expect(building.reason).toContain('under construction');

    await setPlant({
      status: 'OPERATING',
      capacityM3PerDay: 1500,
      commissionedOn: '2026-02-01',
      compliant: true,
      autoMonitoring: true,
    });
    // declared compliant and monitored, but no station: the declaration does not rescue it
    expect(expectItem(await indicator('3.2', '2026-Q1'), id)).toMatchObject({
      meets: false,
      reason:
        'the central plant has no automatic monitoring station; declared compliant by DOIT, which the monitoring evidence does not bear out',
    });
    await donre.request(
      `mutation ($input: RegisterMonitoringStationInput!) { registerMonitoringStation(input: $input) { id } }`,
      {
        input: {
          code: 'MYDUC32CCN_NUOC01',
          name: 'Trạm quan trắc nước thải tự động CCN thử Phù Lưu Tế',
          kind: 'WASTEWATER',
          clusterId: id,
          parameters: ['PH', 'COD', 'NH4'],
          column: 'A',
          receivingWater: { kind: 'RIVER', name: 'sông Đáy' },
          dischargeM3PerDay: 300,
          // in operation before the periods read, so its readings of them are accepted
          operatingSince: '2025-01-01',
        },
      },
    );
    const lines = (nh4: string) => [
      ['PH', '7.10', 'pH'],
      ['COD', '40.0', 'mg/L'],
      ['NH4', nh4, 'mg/L'],
    ];
    // data on 72 of the first quarter's 90 days (80 %), NH4 (limit 4.95 mg/l) averaging 6 on one day
    await ingestDays('MYDUC32CCN_NUOC01', days('2026-01-01', 72), '080000', lines('2.00'));
    await ingestDays('MYDUC32CCN_NUOC01', ['20260205'], '200000', lines('10.0'));
    expect(expectItem(await indicator('3.2', '2026-Q1'), id)).toMatchObject({
      meets: false,
      reason:
        'NH4 at MYDUC32CCN_NUOC01 over its limit on 1 days (worst daily average 1.21× the limit, 2026-01-01 to 2026-03-31); declared compliant by DOIT, which the monitoring evidence does not bear out',
    });
    // the reading corrected by a clean one later that day: the day's average is within the limit
    await ingestDays('MYDUC32CCN_NUOC01', ['20260205'], '220000', lines('0.10'));
    const met = await indicator('3.2', '2026-Q1');
    expect(delta(met, before2026)).toEqual({ numerator: 1, denominator: 1 });
    expect(expectItem(met, id)).toMatchObject({ meets: true, reason: null });
    const late = await indicator('3.2', '2025');
    expect(delta(late, before2025)).toEqual({ numerator: 0, denominator: 1 });
    expect(expectItem(late, id)).toMatchObject({
      meets: false,
      reason: 'the central wastewater plant began operating on 2026-02-01, after the period',
    });

    // a later change does not change an earlier period's report: the drainage fails from 1/11/2026
    await infrastructure({ drainage: false, effectiveOn: '2026-11-01' });
    expect(expectItem(await indicator('3.2', '2026-Q1'), id)).toMatchObject({ meets: true });
    expect(expectItem(await indicator('3.2', '2026-Q4'), id).reason).toContain(
      'technical infrastructure incomplete: no drainage',
    );
    // and a change cannot take effect before one already recorded
    await expect(infrastructure({ effectiveOn: '2026-10-01' })).rejects.toThrow(
      /before a change already recorded as effective on 2026-11-01/,
    );
    // nor in the future
    await expect(infrastructure({ effectiveOn: '2099-01-01' })).rejects.toThrow(
      /effectiveOn is in the future/,
    );
  });

  it('3.3 counts facilities that started in the period, met by a certificate in force or a compliant latest inspection by its end', async () => {
    const before = await indicator('3.3', '2026');
    const beforeQ1 = await indicator('3.3', '2026-Q1');
    const certified = await registerFacility('Công ty TNHH Cơ khí thử 3.3 A', '2026-04-15');
    const inspected = await registerFacility('Công ty TNHH Cơ khí thử 3.3 B', '2026-02-10');
    // started before the period: not a new facility of 2026
    const older = await registerFacility('Công ty TNHH Cơ khí thử 3.3 C', '2025-12-31');

    const fresh = await indicator('3.3', '2026');
    expect(delta(fresh, before)).toEqual({ numerator: 0, denominator: 2 });
    expect(itemOf(fresh, older)).toBeUndefined();
    const none = expectItem(fresh, certified);
    expect(none).toMatchObject({ meets: false, subject: { __typename: 'Facility' } });
    expect(none.reason).toContain('no cleaner-production or ISO 14001 certification');
    expect(none.reason).toContain('no post-approval inspection has confirmed the treatment works');
    // the first quarter holds only the one that started in February
    const q1 = await indicator('3.3', '2026-Q1');
    expect(delta(q1, beforeQ1)).toEqual({ numerator: 0, denominator: 1 });
    expect(itemOf(q1, certified)).toBeUndefined();
    expectItem(q1, inspected);

    const certify = (input: Record<string, unknown>) =>
      doit.request(
        `mutation ($input: RecordCertificationInput!) { recordCertification(input: $input) { id } }`,
        { input: { facilityId: certified, issuer: 'Trung tâm thử', ...input } },
      );
    // an energy audit is not one of the certificates the target accepts
    await certify({ kind: 'ENERGY_AUDIT', number: 'KTNL-2026-0331', issuedOn: '2026-05-02' });
    expect(expectItem(await indicator('3.3', '2026'), certified).meets).toBe(false);
    await certify({
      kind: 'ISO_14001',
      number: 'EMS-2026-0331',
      issuedOn: '2026-08-01',
      validUntil: '2029-07-31',
    });
    const afterCertificate = await indicator('3.3', '2026');
    expect(delta(afterCertificate, before)).toEqual({ numerator: 1, denominator: 2 });
    expect(expectItem(afterCertificate, certified)).toMatchObject({ meets: true, reason: null });
    // issued after the second quarter's end: not yet in force then
    const q2 = expectItem(await indicator('3.3', '2026-Q2'), certified);
    expect(q2.meets).toBe(false);
    expect(q2.reason).toContain('no cleaner-production or ISO 14001 certification');

    const approval = await recordApproval(inspected, '2026-01-20', '2033-01-19');
    const inspect = (inspectedOn: string, treatmentCompliant: boolean) =>
      donre.request(
        `mutation ($input: RecordPostApprovalInspectionInput!) { recordPostApprovalInspection(input: $input) { id } }`,
        { input: { approvalId: approval, inspectedOn, treatmentCompliant } },
      );
    await inspect('2026-03-05', false);
    const failed = expectItem(await indicator('3.3', '2026'), inspected);
    expect(failed.meets).toBe(false);
    expect(failed.reason).toContain(
      'the post-approval inspection of 2026-03-05 found the treatment works non-compliant',
    );
    await inspect('2026-07-01', true);
    const met = await indicator('3.3', '2026');
    expect(delta(met, before)).toEqual({ numerator: 2, denominator: 2 });
    expect(expectItem(met, inspected)).toMatchObject({ meets: true, reason: null });
    // the latest inspection by the end of the first quarter still found it non-compliant
    const q1Inspected = expectItem(await indicator('3.3', '2026-Q1'), inspected);
    expect(q1Inspected.meets).toBe(false);
    expect(q1Inspected.reason).toContain('inspection of 2026-03-05 found');
  });

  it('3.4 counts operating facilities, met with an approval in force, no violation open, and stations within their limits and transmitting over the period’s last 90 days', async () => {
    const before = await indicator('3.4', '2025');
    const beforeQ1 = await indicator('3.4', '2025-Q1');
    const id = await registerFacility('Công ty TNHH Xi mạ thử 3.4', '2024-01-01');
    // started after 2025: not an operating facility of 2025
    const later = await registerFacility('Công ty TNHH Xi mạ thử 3.4 B', '2026-02-01');

    const unapproved = await indicator('3.4', '2025');
    expect(delta(unapproved, before)).toEqual({ numerator: 0, denominator: 1 });
    expect(itemOf(unapproved, later)).toBeUndefined();
    expect(expectItem(unapproved, id)).toMatchObject({
      meets: false,
      reason: 'no environmental approval in force on 2025-12-31',
      subject: { __typename: 'Facility' },
    });

    await recordApproval(id, '2024-06-01', '2029-05-31');
    const approved = await indicator('3.4', '2025');
    expect(delta(approved, before)).toEqual({ numerator: 1, denominator: 1 });
    expect(expectItem(approved, id)).toMatchObject({ meets: true, reason: null });

    const violation = async (detectedOn: string) =>
      (
        await police.request<{ recordViolation: { id: string } }>(
          `mutation ($input: RecordViolationInput!) { recordViolation(input: $input) { id } }`,
          {
            input: {
              facilityId: id,
              detectedOn,
              category: 'HAZARDOUS_WASTE',
              legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 29, khoản 3',
            },
          },
        )
      ).recordViolation.id;
    const dismiss = (violationId: string, on: string) =>
      police.request(
        `mutation ($input: ChangeViolationStatusInput!) { changeViolationStatus(input: $input) { id } }`,
        { input: { violationId, status: 'DISMISSED', on } },
      );

    const first = await violation('2025-03-01');
    const open = await indicator('3.4', '2025');
    expect(delta(open, before)).toEqual({ numerator: 0, denominator: 1 });
    expect(expectItem(open, id)).toMatchObject({
      meets: false,
      reason: 'open violation of 2025-03-01',
    });
    await dismiss(first, '2025-04-10');
    expect(expectItem(await indicator('3.4', '2025'), id)).toMatchObject({
      meets: true,
      reason: null,
    });
    // dismissed after the first quarter: it was open at its end
    const q1 = await indicator('3.4', '2025-Q1');
    expect(delta(q1, beforeQ1)).toEqual({ numerator: 0, denominator: 1 });
    expect(expectItem(q1, id).reason).toBe('open violation of 2025-03-01');

    // a violation dismissed after the period was open at its end
    const second = await violation('2025-10-01');
    await dismiss(second, '2026-01-15');
    const closedLater = await indicator('3.4', '2025');
    expect(delta(closedLater, before)).toEqual({ numerator: 0, denominator: 1 });
    expect(expectItem(closedLater, id)).toMatchObject({
      meets: false,
      reason: 'open violation of 2025-10-01',
    });
    expect(expectItem(await indicator('3.4', '2026'), id)).toMatchObject({
      meets: true,
      reason: null,
    });

    // its station, silent over the third quarter's last 90 days (3/7–30/9/2025), is no automatic monitoring
    await donre.request(
      `mutation ($input: RegisterMonitoringStationInput!) { registerMonitoringStation(input: $input) { id } }`,
      {
        input: {
          code: 'MYDUC34_NUOC01',
          name: 'Trạm quan trắc nước thải tự động thử 3.4',
          kind: 'WASTEWATER',
          facilityId: id,
          parameters: ['TEMP', 'PH', 'COD', 'TSS', 'NH4'],
          column: 'A',
          receivingWater: { kind: 'RIVER', name: 'sông Đáy' },
          dischargeM3PerDay: 300,
          operatingSince: '2024-01-01',
        },
      },
    );
    const beforeQ3 = await indicator('3.4', '2025-Q3');
    expect(expectItem(beforeQ3, id)).toMatchObject({
      meets: false,
      reason: 'station MYDUC34_NUOC01 sent no data on 90 of 90 days (2025-07-03 to 2025-09-30)',
    });
    const lines = (cod: string) => [
      ['TEMP', '29.5', '°C'],
      ['PH', '7.20', 'pH'],
      ['COD', cod, 'mg/L'],
      ['TSS', '20.0', 'mg/L'],
      ['NH4', '1.50', 'mg/L'],
    ];
    // data on 75 of the 90 days, COD (limit 74.25 mg/l) averaging 120 on two days in August,
    // and the period's last reading (15/9) within the limit: the exceedances still count
    await ingestDays('MYDUC34_NUOC01', days('2025-07-03', 75), '080000', lines('40.0'));
    await ingestDays('MYDUC34_NUOC01', ['20250801', '20250802'], '200000', lines('200.0'));
    const exceeding = await indicator('3.4', '2025-Q3');
    expect(delta(exceeding, beforeQ3)).toEqual({ numerator: 0, denominator: 0 });
    expect(expectItem(exceeding, id)).toMatchObject({
      meets: false,
      reason:
        'COD at MYDUC34_NUOC01 over its limit on 2 days (worst daily average 1.62× the limit, 2025-07-03 to 2025-09-30)',
    });
    // the third quarter's readings are outside 2025's last 90 days (3/10–31/12), where the station is silent
    expect(expectItem(await indicator('3.4', '2025'), id).reason).toBe(
      'open violation of 2025-10-01; station MYDUC34_NUOC01 sent no data on 90 of 90 days (2025-10-03 to 2025-12-31)',
    );
  });

  it('3.5 sums the kilograms of the yearly reports in a year and its fourth quarter, each facility meeting it at 85 %, and is not due in the other quarters', async () => {
    const before = await indicator('3.5', '2025');
    const beforeQ4 = await indicator('3.5', '2025-Q4');
    const short = await registerFacility('Công ty TNHH Ắc quy thử 3.5 A', '2020-01-01');
    const enough = await registerFacility('Công ty TNHH Ắc quy thử 3.5 B', '2020-01-01');
    const register = async (facilityId: string, code: string) =>
      (
        await donre.request<{ registerHazardousWasteSource: { id: string } }>(
          `mutation ($input: RegisterHazardousWasteSourceInput!) { registerHazardousWasteSource(input: $input) { id } }`,
          {
            input: {
              facilityId,
              code,
              issuedOn: '2023-06-01',
              streams: [{ wasteCode: '19 06 01', name: 'Ắc quy chì thải', expectedKgPerYear: 900 }],
            },
          },
        )
      ).registerHazardousWasteSource.id;
    const submit = (
      registrationId: string,
      period: string,
      generatedKg: number,
      treatedKg: number,
    ) =>
      donre.request(
        `mutation ($input: SubmitHazardousWasteReportInput!) { submitHazardousWasteReport(input: $input) { period } }`,
        {
          input: {
            registrationId,
            period,
            generatedKg,
            treatedKg,
            licensedUnit: 'Công ty TNHH MTV Môi trường đô thị Hà Nội (URENCO)',
          },
        },
      );
    const shortRegistration = await register(short, '01.009351.T');
    const enoughRegistration = await register(enough, '01.009352.T');
    await submit(shortRegistration, '2025', 1000, 849);
    // another year's report does not count in 2025
    await submit(shortRegistration, '2024', 5000, 100);
    await submit(enoughRegistration, '2025', 400, 340);

    const after = await indicator('3.5', '2025');
    expect(after.numerator - before.numerator).toBeCloseTo(849 + 340, 6);
    expect(after.denominator - before.denominator).toBeCloseTo(1000 + 400, 6);
    expect(after.items.length - before.items.length).toBe(2);
    expect(expectItem(after, short)).toEqual({
      meets: false,
      reason: 'treated to standard 849 of 1000 kg generated (84.9 %)',
      numerator: 849,
      denominator: 1000,
      subject: { __typename: 'Facility', id: short },
    });
    expect(expectItem(after, enough)).toEqual({
      meets: true,
      reason: null,
      numerator: 340,
      denominator: 400,
      subject: { __typename: 'Facility', id: enough },
    });
    // the yearly reports ended on 31/12: in the fourth quarter, not the third
    const q4 = await indicator('3.5', '2025-Q4');
    expect(q4.numerator - beforeQ4.numerator).toBeCloseTo(1189, 6);
    expect(q4.denominator - beforeQ4.denominator).toBeCloseTo(1400, 6);
    expect(q4).toMatchObject({ due: true, note: null });
    // no yearly report ends in the first three quarters: nothing falls due, nothing is missed
    for (const quarter of ['2025-Q1', '2025-Q2', '2025-Q3']) {
      expect(await indicator('3.5', quarter)).toMatchObject({
        numerator: 0,
        denominator: 0,
        value: null,
        due: false,
        note: 'no hazardous-waste report falls due in this period (the reports are yearly, ending on 31 December)',
        items: [],
      });
    }
    // every other indicator is due in every period
    const others = await city.request<{ planReport: { indicators: Indicator[] } }>(REPORT, {
      period: '2025-Q3',
      unit: UNIT,
    });
    for (const other of others.planReport.indicators.filter((i) => i.code !== '3.5')) {
      expect(other).toMatchObject({ due: true, note: null });
    }
    const in2024 = expectItem(await indicator('3.5', '2024'), short);
    expect(in2024).toMatchObject({ meets: false, numerator: 100, denominator: 5000 });
    expect(in2024.reason).toContain('(2 %)');
  });

  it('3.6 counts listed facilities by their latest listing, met when treated or closed by the end or relocated by DOIT', async () => {
    const before = await indicator('3.6', '2025');
    const beforeQ2 = await indicator('3.6', '2025-Q2');
    const treated = await registerFacility('Công ty TNHH Nhuộm thử 3.6 A', '2015-01-01');
    const moved = await registerFacility('Công ty TNHH Nhuộm thử 3.6 B', '2015-01-01');
    const relisted = await registerFacility('Công ty TNHH Nhuộm thử 3.6 C', '2015-01-01');
    const list = async (facilityId: string, listedOn: string) =>
      (
        await donre.request<{ listSeriousPolluter: { id: string } }>(
          `mutation ($input: ListSeriousPolluterInput!) { listSeriousPolluter(input: $input) { id } }`,
          {
            input: {
              facilityId,
              decision: `QĐ ${listedOn.slice(5, 7)}${listedOn.slice(8)}/QĐ-UBND`,
              listedOn,
              reason: 'Xả nước thải vượt quy chuẩn nhiều lần',
            },
          },
        )
      ).listSeriousPolluter.id;
    const resolve = (listingId: string, resolution: string, resolvedOn: string) =>
      donre.request(
        `mutation ($input: ResolveSeriousPolluterInput!) { resolveSeriousPolluter(input: $input) { id } }`,
        { input: { listingId, resolution, resolvedOn } },
      );

    const treatedListing = await list(treated, '2025-03-01');
    const pending = await indicator('3.6', '2025');
    expect(delta(pending, before)).toEqual({ numerator: 0, denominator: 1 });
    expect(expectItem(pending, treated)).toMatchObject({
      meets: false,
      reason:
        'listed as seriously polluting on 2025-03-01 and not yet thoroughly treated, closed or relocated',
    });
    expect(itemOf(await indicator('3.6', '2024'), treated)).toBeUndefined();
    await resolve(treatedListing, 'THOROUGHLY_TREATED', '2025-09-01');
    expect(expectItem(await indicator('3.6', '2025'), treated)).toMatchObject({
      meets: true,
      reason: null,
    });
    // treated after the second quarter: still pending at its end
    expect(expectItem(await indicator('3.6', '2025-Q2'), treated).reason).toContain(
      'not yet thoroughly treated',
    );

    const movedListing = await list(moved, '2025-02-01');
    await resolve(movedListing, 'RELOCATED', '2025-08-01');
    const unconfirmed = expectItem(await indicator('3.6', '2025'), moved);
    expect(unconfirmed).toMatchObject({
      meets: false,
      reason: 'listed as relocated, but DOIT records no completed relocation',
    });
    const opened = await doit.request<{ openRelocationCase: { id: string } }>(
      `mutation ($input: OpenRelocationCaseInput!) { openRelocationCase(input: $input) { id } }`,
      {
        input: {
          facilityId: moved,
          reason: 'SERIOUS_POLLUTION',
          destination: { clusterId: destinationCluster?.id },
          deadline: '2026-06-30',
          openedOn: '2025-03-01',
        },
      },
    );
    const progress = (status: string, on: string) =>
      doit.request(
        `mutation ($input: ProgressRelocationCaseInput!) { progressRelocationCase(input: $input) { id } }`,
        { input: { caseId: opened.openRelocationCase.id, status, on } },
      );
    await progress('IN_PROGRESS', '2025-04-01');
    expect(expectItem(await indicator('3.6', '2025'), moved).meets).toBe(false);
    await progress('COMPLETED', '2025-07-20');
    expect(expectItem(await indicator('3.6', '2025'), moved)).toMatchObject({
      meets: true,
      reason: null,
    });
    // completed after the second quarter: not relocated at its end
    expect(expectItem(await indicator('3.6', '2025-Q2'), moved)).toMatchObject({
      meets: false,
      reason:
        'listed as seriously polluting on 2025-02-01 and not yet thoroughly treated, closed or relocated',
    });

    const closedListing = await list(relisted, '2025-01-10');
    await resolve(closedListing, 'CLOSED', '2025-02-01');
    await list(relisted, '2025-05-01');
    expect(expectItem(await indicator('3.6', '2025-Q1'), relisted)).toMatchObject({
      meets: true,
      reason: null,
    });
    const latest = await indicator('3.6', '2025');
    expect(delta(latest, before)).toEqual({ numerator: 2, denominator: 3 });
    expect(latest.items.filter((i) => i.subject.id === relisted)).toHaveLength(1);
    expect(expectItem(latest, relisted)).toMatchObject({
      meets: false,
      reason:
        'listed as seriously polluting on 2025-05-01 and not yet thoroughly treated, closed or relocated',
    });
    const q2 = await indicator('3.6', '2025-Q2');
    expect(delta(q2, beforeQ2)).toEqual({ numerator: 0, denominator: 3 });
  });

  async function createOperatingZone(code: string): Promise<string> {
    const data = await hiza.request<{ createZone: { id: string } }>(
      `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
      {
        input: {
          code,
          name: `Khu công nghiệp thử ${code}`,
          kind: 'INDUSTRIAL_ZONE',
          adminUnitCode: UNIT,
          status: 'OPERATING',
        },
      },
    );
    return data.createZone.id;
  }

  const admit = (zoneId: string, facilityId: string, since: string) =>
    hiza.request(
      `mutation ($input: AdmitZoneTenantInput!) { admitZoneTenant(input: $input) { since } }`,
      { input: { zoneId, facilityId, since } },
    );

  const REGISTER_PROJECT = `mutation ($input: RegisterInvestmentProjectInput!) { registerInvestmentProject(input: $input) { id } }`;
  const UPDATE_PROJECT = `mutation ($input: UpdateInvestmentProjectInput!) { updateInvestmentProject(input: $input) { id } }`;
  let certificates = 0;
  async function registerProject(zoneId: string, name: string, input: Record<string, unknown>) {
    certificates += 1;
    const data = await hiza.request<{ registerInvestmentProject: { id: string } }>(
      REGISTER_PROJECT,
      {
        input: {
          zoneId,
          investor: `Công ty TNHH ${name}`,
          name: `Dự án ${name}`,
          sectorCode: '2610',
          investmentCertificate: `Giấy chứng nhận đăng ký đầu tư số 99937000${certificates}`,
          ...input,
        },
      },
    );
    return data.registerInvestmentProject.id;
  }

  it('3.7 counts projects registered in the period, met in line with the planning and with an approval of the project or of its facility in force at the end', async () => {
    const before = await indicator('3.7', '2026');
    const beforeQ1 = await indicator('3.7', '2026-Q1');
    const zoneId = await createOperatingZone('MYDUCIND37');
    const offPlan = await registerProject(zoneId, 'thử 3.7 A', {
      registeredOn: '2026-03-10',
      inLineWithPlanning: false,
      planningNote: 'đất quy hoạch cây xanh',
    });
    const project = await registerProject(zoneId, 'thử 3.7 B', {
      registeredOn: '2026-04-01',
      inLineWithPlanning: true,
    });
    // registered before the period
    const earlier = await registerProject(zoneId, 'thử 3.7 C', {
      registeredOn: '2025-11-20',
      inLineWithPlanning: true,
    });

    const registered = await indicator('3.7', '2026');
    expect(delta(registered, before)).toEqual({ numerator: 0, denominator: 2 });
    expect(itemOf(registered, earlier)).toBeUndefined();
    const offPlanItem = expectItem(registered, offPlan);
    expect(offPlanItem).toMatchObject({
      meets: false,
      subject: { __typename: 'InvestmentProject' },
    });
    expect(offPlanItem.reason).toContain('not in line with the planning: đất quy hoạch cây xanh');
    expect(offPlanItem.reason).toContain('no facility registered with DONRE');
    expect(expectItem(registered, project)).toMatchObject({
      meets: false,
      reason:
        'no environmental approval of the project in force on 2026-12-31, and no facility registered with DONRE yet',
    });
    const q1 = await indicator('3.7', '2026-Q1');
    expect(delta(q1, beforeQ1)).toEqual({ numerator: 0, denominator: 1 });
    expect(itemOf(q1, project)).toBeUndefined();

    const facility = await registerFacility('Công ty TNHH Linh kiện thử 3.7', '2026-06-01');
    await admit(zoneId, facility, '2026-05-20');
    await hiza.request(UPDATE_PROJECT, {
      input: {
        id: project,
        status: 'OPERATING',
        facilityId: facility,
        operatingSince: '2026-06-01',
      },
    });
    expect(expectItem(await indicator('3.7', '2026'), project)).toMatchObject({
      meets: false,
      reason: 'no environmental approval in force on 2026-12-31',
    });
    await recordApproval(facility, '2026-05-15', '2036-05-14');
    const approved = await indicator('3.7', '2026');
    expect(delta(approved, before)).toEqual({ numerator: 1, denominator: 2 });
    expect(expectItem(approved, project)).toMatchObject({ meets: true, reason: null });

    // in line with the planning after all: the approval alone does not make the other meet
    await hiza.request(UPDATE_PROJECT, {
      input: { id: offPlan, inLineWithPlanning: true, planningNote: null },
    });
    expect(expectItem(await indicator('3.7', '2026'), offPlan)).toMatchObject({
      meets: false,
      reason:
        'no environmental approval of the project in force on 2026-12-31, and no facility registered with DONRE yet',
    });
    // an ĐTM approved for the project itself, before it has a facility: it meets
    const approveProject = (projectId: string) =>
      donre.request<{ recordApproval: { project: { id: string } | null; facility: unknown } }>(
        `mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { project { id } facility { id } } }`,
        {
          input: {
            projectId,
            kind: 'EIA_REPORT',
            decisionNumber: '377/QĐ-STNMT',
            issuingAuthority: 'Sở Tài nguyên và Môi trường Hà Nội',
            issuedOn: '2026-07-01',
          },
        },
      );
    expect((await approveProject(offPlan)).recordApproval).toEqual({
      project: { id: offPlan },
      facility: null,
    });
    const both = await indicator('3.7', '2026');
    expect(delta(both, before)).toEqual({ numerator: 2, denominator: 2 });
    expect(expectItem(both, offPlan)).toMatchObject({ meets: true, reason: null });
    // registered in the first quarter, not yet approved at its end
    expect(expectItem(await indicator('3.7', '2026-Q1'), offPlan).meets).toBe(false);
    // a project HIZA does not have is refused, as is an approval naming both or neither
    await expect(approveProject('7c0c1c52-58a4-4f55-9d0e-5b0c54c1a1b3')).rejects.toThrow(
      /is not an investment project of HIZA's/,
    );
    await expect(
      donre.request(
        `mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }`,
        {
          input: {
            projectId: offPlan,
            facilityId: facility,
            kind: 'EIA_REPORT',
            decisionNumber: '378/QĐ-STNMT',
            issuingAuthority: 'Sở Tài nguyên và Môi trường Hà Nội',
            issuedOn: '2026-07-01',
          },
        },
      ),
    ).rejects.toThrow(/exactly one of facilityId, projectId .* and clusterProjectId/);
  });

  it("3.7 counts DOIT's projects in clusters beside the Board's, by the same rule, with an approval of the project itself", async () => {
    const before = await indicator('3.7', '2026');
    const cluster = await doit.request<{ createCluster: { id: string } }>(
      `mutation ($input: CreateClusterInput!) { createCluster(input: $input) { id } }`,
      {
        input: {
          name: 'Cụm công nghiệp thử dự án 3.7',
          adminUnitCode: UNIT,
          status: 'OPERATING',
          developerKind: 'ENTERPRISE',
          developer: 'Công ty CP Hạ tầng thử 3.7',
          effectiveOn: '2025-01-01',
        },
      },
    );
    const clusterId = cluster.createCluster.id;
    const registerInCluster = async (name: string, input: Record<string, unknown>) => {
      certificates += 1;
      const data = await doit.request<{ registerClusterInvestmentProject: { id: string } }>(
        `mutation ($input: RegisterClusterInvestmentProjectInput!) { registerClusterInvestmentProject(input: $input) { id } }`,
        {
          input: {
            clusterId,
            investor: `Công ty TNHH ${name}`,
            name: `Dự án ${name}`,
            sectorCode: '2220',
            investmentCertificate: `Giấy chứng nhận đăng ký đầu tư số 88837000${certificates}`,
            ...input,
          },
        },
      );
      return data.registerClusterInvestmentProject.id;
    };
    const inLine = await registerInCluster('thử cụm 3.7 A', {
      registeredOn: '2026-05-05',
      inLineWithPlanning: true,
    });
    const offPlan = await registerInCluster('thử cụm 3.7 B', {
      registeredOn: '2026-06-06',
      inLineWithPlanning: false,
      planningNote: 'ngành nghề không thuộc danh mục thu hút của cụm',
    });

    const registered = await indicator('3.7', '2026');
    expect(delta(registered, before)).toEqual({ numerator: 0, denominator: 2 });
    expect(expectItem(registered, inLine)).toMatchObject({
      meets: false,
      reason:
        'no environmental approval of the project in force on 2026-12-31, and no facility registered with DONRE yet',
      subject: { __typename: 'ClusterInvestmentProject' },
    });
    expect(expectItem(registered, offPlan).reason).toContain(
      'not in line with the planning: ngành nghề không thuộc danh mục thu hút của cụm',
    );

    // DONRE approves the project's ĐTM: the project meets; the approval names DOIT's project
    const approval = await donre.request<{
      recordApproval: { clusterProject: { id: string; name: string } | null; project: unknown };
    }>(
      `mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { clusterProject { id name } project { id } } }`,
      {
        input: {
          clusterProjectId: inLine,
          kind: 'EIA_REPORT',
          decisionNumber: '437/QĐ-UBND',
          issuingAuthority: 'UBND Thành phố Hà Nội',
          issuedOn: '2026-08-01',
        },
      },
    );
    expect(approval.recordApproval).toEqual({
      clusterProject: { id: inLine, name: 'Dự án thử cụm 3.7 A' },
      project: null,
    });
    const approved = await indicator('3.7', '2026');
    expect(delta(approved, before)).toEqual({ numerator: 1, denominator: 2 });
    expect(expectItem(approved, inLine)).toMatchObject({ meets: true, reason: null });
    // registered in the second quarter, approved after it: not yet in force at its end
    expect(expectItem(await indicator('3.7', '2026-Q2'), inLine).meets).toBe(false);
    // an approval of a project out of line with the planning does not make it meet
    await donre.request(
      `mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }`,
      {
        input: {
          clusterProjectId: offPlan,
          kind: 'EIA_REPORT',
          decisionNumber: '438/QĐ-UBND',
          issuingAuthority: 'UBND Thành phố Hà Nội',
          issuedOn: '2026-08-02',
        },
      },
    );
    expect(expectItem(await indicator('3.7', '2026'), offPlan)).toMatchObject({
      meets: false,
      reason: 'not in line with the planning: ngành nghề không thuộc danh mục thu hút của cụm',
    });
    // a cluster project DOIT does not have is refused, and so is a zone's project id given as a cluster's
    await expect(
      donre.request(
        `mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }`,
        {
          input: {
            clusterProjectId: '7c0c1c52-58a4-4f55-9d0e-5b0c54c1a1b3',
            kind: 'EIA_REPORT',
            decisionNumber: '439/QĐ-UBND',
            issuingAuthority: 'UBND Thành phố Hà Nội',
            issuedOn: '2026-08-02',
          },
        },
      ),
    ).rejects.toThrow(/is not an investment project in a cluster of DOIT's/);
  });

  /** A project of a zone in Mỹ Đức run by a facility registered in the neighbouring district. */
  let straddling: string | undefined;

  it("3.7 counts a project of the unit's zone run by a facility registered in another unit", async () => {
    const before = await indicator('3.7', '2026');
    const zoneId = await createOperatingZone('MYDUCIND37X');
    const facility = await registerFacility(
      'Công ty TNHH Linh kiện thử 3.7 X',
      '2026-03-01',
      OTHER_UNIT,
    );
    await admit(zoneId, facility, '2026-02-01');
    await recordApproval(facility, '2026-02-01', '2036-01-31');
    const project = await registerProject(zoneId, 'thử 3.7 X', {
      registeredOn: '2026-02-02',
      inLineWithPlanning: true,
      status: 'OPERATING',
      facilityId: facility,
      operatingSince: '2026-03-01',
    });
    straddling = project;
    expect(expectItem(await indicator('3.7', '2026', null), project)).toMatchObject({
      meets: true,
      reason: null,
    });
    const district = await indicator('3.7', '2026');
    expect(delta(district, before).denominator).toBe(1);
    expectItem(district, project);
  });

  // DONRE hands HIZA the approvals of the whole city: a project is placed by its zone,
  // and its facility may be registered in another unit.
  it("3.7 judges that project in the district's report as in the city's", async () => {
    expect(expectItem(await indicator('3.7', '2026'), straddling ?? '')).toMatchObject({
      meets: true,
      reason: null,
    });
  });

  /** A facility with an open violation, registered in the neighbouring district and then moved to Mỹ Đức. */
  let movedFacility: string | undefined;

  it('3.4 counts the open violation of a facility whose unit changed after it was recorded', async () => {
    const id = await registerFacility('Công ty TNHH Thuộc da thử 3.4 X', '2024-01-01', OTHER_UNIT);
    await recordApproval(id, '2024-06-01', '2029-05-31');
    await police.request(
      `mutation ($input: RecordViolationInput!) { recordViolation(input: $input) { id } }`,
      {
        input: {
          facilityId: id,
          detectedOn: '2025-05-05',
          category: 'HAZARDOUS_WASTE',
          legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 29, khoản 3',
        },
      },
    );
    const before = await indicator('3.4', '2025');
    await donre.request(
      `mutation ($input: UpdateFacilityInput!) { updateFacility(input: $input) { id } }`,
      { input: { id, adminUnitCode: UNIT } },
    );
    movedFacility = id;
    const district = await indicator('3.4', '2025');
    expect(delta(district, before).denominator).toBe(1);
    expect(expectItem(await indicator('3.4', '2025', null), id)).toMatchObject({
      meets: false,
      reason: 'open violation of 2025-05-05',
    });
    expectItem(district, id);
  });

  // The police hand DONRE the open violations of the whole city: the unit a violation
  // recorded is where its facility was then; DONRE places facilities where they are now.
  it("3.4 judges that facility in its new district's report as in the city's", async () => {
    expect(expectItem(await indicator('3.4', '2025'), movedFacility ?? '')).toMatchObject({
      meets: false,
      reason: 'open violation of 2025-05-05',
    });
  });
});
