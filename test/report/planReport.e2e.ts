import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INDICATORS } from '@ipc-hub/plan';
import { writeReport } from '@ipc-hub/report';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateEnvironmentSeed } from '@ipc-hub/seed/environment';
import { generateIndustrySeed } from '@ipc-hub/seed/industry';
import { type TestStack, testToken } from '@ipc-hub/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal';
import { startHub } from '../support/startHub';

interface Item {
  meets: boolean;
  reason: string | null;
  reasonVi: string | null;
  numerator: number;
  denominator: number;
  subject: {
    __typename: string;
    id: string;
    unit?: { code: string; parent: { code: string } | null };
  };
}
interface Indicator {
  code: string;
  target: number;
  numerator: number;
  denominator: number;
  value: number | null;
  met: boolean;
  itemsWithheld: number;
  items: Item[];
}
interface Report {
  id: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  adminUnit: { code: string } | null;
  indicators: Indicator[];
  tasks: Array<{ number: number; status: string }>;
}

const REPORT = `query ($period: String!, $adminUnit: String) {
  planReport(period: $period, adminUnit: $adminUnit) {
    id period periodStart periodEnd adminUnit { code }
    indicators {
      code target numerator denominator value met itemsWithheld
      items {
        meets reason reasonVi numerator denominator
        subject {
          __typename
          ... on Facility { id unit: adminUnit { code parent { code } } }
          ... on IndustrialZone { id unit: adminUnit { code parent { code } } }
          ... on IndustrialCluster { id unit: adminUnit { code parent { code } } }
          ... on InvestmentProject { id }
        }
      }
    }
    tasks { number status }
  }
}`;

const seed = generateHanoiSeed();
const withCase = new Set(generateIndustrySeed(seed).relocationCases.map((c) => c.facilityId));
const operatingZone = seed.zones.find((z) => z.status === 'OPERATING');

function indicator(report: Report, code: string): Indicator {
  const found = report.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

function itemOf(report: Report, code: string, subjectId: string): Item | undefined {
  return indicator(report, code).items.find((i) => i.subject.id === subjectId);
}

/** The figures are the drill-down's sums, and value and verdict follow from them. */
function expectConsistent(report: Report): void {
  expect(report.indicators.map((i) => i.code)).toEqual(INDICATORS.map((d) => d.code));
  for (const i of report.indicators) {
    const sum = (pick: (item: Item) => number) => i.items.reduce((s, item) => s + pick(item), 0);
    expect(i.itemsWithheld).toBe(0);
    expect(sum((item) => item.numerator)).toBeCloseTo(i.numerator, 6);
    expect(sum((item) => item.denominator)).toBeCloseTo(i.denominator, 6);
    if (i.code !== '3.5') {
      expect(i.numerator).toBe(i.items.filter((item) => item.meets).length);
      expect(i.denominator).toBe(i.items.length);
    }
    for (const item of i.items) expect(item.reason === null).toBe(item.meets);
    expect(i.value).toBe(i.denominator > 0 ? i.numerator / i.denominator : null);
    expect(i.met).toBe(i.value !== null && i.value >= i.target);
  }
}

describe('planReport: the seven targets across the four agencies', () => {
  let hub: TestStack;
  let city: string;
  /** `token`: the caller's, CITY by default; null for the public */
  const report = async (period: string, adminUnit?: string, token: string | null = city) =>
    (
      await hub
        .client(token ?? undefined)
        .request<{ planReport: Report }>(REPORT, { period, adminUnit: adminUnit ?? null })
    ).planReport;

  beforeAll(async () => {
    hub = await startHub();
    city = await testToken({ role: 'CITY' });
  });
  afterAll(() => hub?.close());

  it('equals its drill-down for years and quarters, with the twelve tasks', async () => {
    for (const period of ['2025', '2026-Q2', '2019']) {
      const r = await report(period);
      expect(r).toMatchObject({ id: period, period, adminUnit: null });
      expectConsistent(r);
      expect(r.tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    }
    const quarter = await report('2026-Q2');
    expect([quarter.periodStart, quarter.periodEnd]).toEqual(['2026-04-01', '2026-06-30']);
    // the seed's city has work left on every front: none of these is empty
    const year = await report('2025');
    for (const code of ['3.1', '3.2', '3.4', '3.6']) {
      expect(indicator(year, code).denominator).toBeGreaterThan(0);
    }
  });

  it('gives the same figures asked without its drill-down (DONRE then reads no facility record) as with it', async () => {
    const FIGURES = `query ($period: String!, $adminUnit: String) {
      planReport(period: $period, adminUnit: $adminUnit) {
        indicators { code target numerator denominator value met due itemsWithheld }
      }
    }`;
    const figures = (i: Indicator) => ({
      code: i.code,
      target: i.target,
      numerator: i.numerator,
      denominator: i.denominator,
      value: i.value,
      met: i.met,
      itemsWithheld: i.itemsWithheld,
    });
    for (const [period, adminUnit, token] of [
      ['2025', null, city],
      ['2026-Q2', null, null],
      ['2026-Q4', '017', city],
    ] as const) {
      const full = await report(period, adminUnit ?? undefined, token);
      const alone = await hub
        .client(token ?? undefined)
        .request<{ planReport: { indicators: Array<Indicator & { due: boolean }> } }>(FIGURES, {
          period,
          adminUnit,
        });
      expect(alone.planReport.indicators.map(figures)).toEqual(full.indicators.map(figures));
    }
  });

  it('refuses a period that is not a year or quarter, and an unknown unit', async () => {
    for (const period of ['2026-Q5', '26', '2026-13', '2011']) {
      const error = await refusal(hub.client(city).request(REPORT, { period }));
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    }
    const error = await refusal(
      hub.client(city).request(REPORT, { period: '2025', adminUnit: '999' }),
    );
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'adminUnit' });
  });

  it('restricts every indicator to a district and its communes', async () => {
    const district = operatingZone?.adminUnitCode;
    if (!district) throw new Error('the seed has an operating zone');
    const [whole, part] = await Promise.all([report('2025'), report('2025', district)]);
    expect(part).toMatchObject({ id: `2025@${district}`, adminUnit: { code: district } });
    expectConsistent(part);
    for (const i of part.indicators) {
      expect(i.denominator).toBeLessThanOrEqual(indicator(whole, i.code).denominator);
      for (const item of i.items) {
        if (!item.subject.unit) continue;
        const { code, parent } = item.subject.unit;
        expect([code, parent?.code]).toContain(district);
      }
    }
    // the zone that put the district in the test is in its 3.1
    expect(itemOf(part, '3.1', operatingZone.id)).toBeDefined();
    expect(indicator(part, '3.4').denominator).toBeGreaterThan(0);
    expect(indicator(part, '3.4').denominator).toBeLessThan(indicator(whole, '3.4').denominator);
  });

  it('gives everyone the numbers; the items follow their subjects’ access', async () => {
    const [asCity, asPublic] = await Promise.all([report('2025'), report('2025', undefined, null)]);
    for (const ofCity of asCity.indicators) {
      const ofPublic = indicator(asPublic, ofCity.code);
      expect([ofPublic.numerator, ofPublic.denominator, ofPublic.met]).toEqual([
        ofCity.numerator,
        ofCity.denominator,
        ofCity.met,
      ]);
      expect(ofPublic.items.length + ofPublic.itemsWithheld).toBe(ofCity.items.length);
    }
    // zones and clusters are public; internal facility records and projects are not
    for (const code of ['3.1', '3.2']) expect(indicator(asPublic, code).itemsWithheld).toBe(0);
    for (const code of ['3.3', '3.4', '3.5', '3.7']) {
      expect(indicator(asPublic, code).items).toEqual([]);
    }
    // of the listed polluters, the public sees the published listings only
    const published = new Set(
      generateEnvironmentSeed(seed)
        .seriousPolluterListings.filter((l) => l.published)
        .map((l) => l.facilityId),
    );
    for (const item of indicator(asPublic, '3.6').items) {
      expect(published.has(item.subject.id)).toBe(true);
    }
    expect(indicator(asPublic, '3.6').items.length).toBeGreaterThan(0);

    const district = operatingZone?.adminUnitCode ?? '';
    const area = await testToken({ role: 'AREA', adminUnits: [district] });
    const asArea = await report('2025', undefined, area);
    const facilities = indicator(asArea, '3.4').items;
    expect(facilities.length).toBeGreaterThan(0);
    for (const item of facilities) expect(item.subject.unit?.code).toBe(district);
  });

  it('moves 3.4 when the police open a violation, and back when they close it', async () => {
    const before = await report('2026');
    const clean = indicator(before, '3.4').items.find((i) => i.meets);
    if (!clean) throw new Error('some operating facility meets 3.4 in 2026');
    const police = await testToken({ role: 'POLICE' });
    const { recordViolation } = await hub
      .client(police)
      .request<{ recordViolation: { id: string } }>(
        `mutation ($input: RecordViolationInput!) { recordViolation(input: $input) { id } }`,
        {
          input: {
            facilityId: clean.subject.id,
            detectedOn: '2026-11-02',
            category: 'OTHER',
            legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 12',
          },
        },
      );
    const opened = await report('2026');
    expect(itemOf(opened, '3.4', clean.subject.id)).toMatchObject({
      meets: false,
      reason: expect.stringContaining('open violation of 2026-11-02'),
      reasonVi: expect.stringContaining('02/11/2026'),
    });
    expect(indicator(opened, '3.4').numerator).toBe(indicator(before, '3.4').numerator - 1);
    expect(indicator(opened, '3.4').denominator).toBe(indicator(before, '3.4').denominator);
    // detected after 2026-Q3 ended: that quarter's report is as it was
    const q3 = await report('2026-Q3');
    expect(itemOf(q3, '3.4', clean.subject.id)?.reason ?? '').not.toContain('2026-11-02');

    await hub
      .client(police)
      .request(
        `mutation ($input: ChangeViolationStatusInput!) { changeViolationStatus(input: $input) { id closedOn } }`,
        { input: { violationId: recordViolation.id, status: 'DISMISSED', on: '2026-11-20' } },
      );
    const closed = await report('2026');
    expect(itemOf(closed, '3.4', clean.subject.id)?.meets).toBe(true);
    expect(indicator(closed, '3.4').numerator).toBe(indicator(before, '3.4').numerator);
    expectConsistent(closed);
  });

  it('moves 3.6 when DOIT completes a listed polluter’s relocation', async () => {
    const before = await report('2026');
    const pending = indicator(before, '3.6').items.find(
      (i) => !i.meets && !withCase.has(i.subject.id),
    );
    if (!pending)
      throw new Error('a listed polluter without a relocation case falls short in 2026');
    const zone = operatingZone;
    if (!zone) throw new Error('the seed has an operating zone');
    const doit = await testToken({ role: 'DOIT' });
    const run = (query: string, input: Record<string, unknown>) =>
      hub.client(doit).request<Record<string, { id: string }>>(query, { input });
    const { openRelocationCase } = await run(
      'mutation ($input: OpenRelocationCaseInput!) { openRelocationCase(input: $input) { id } }',
      {
        facilityId: pending.subject.id,
        reason: 'SERIOUS_POLLUTION',
        destination: { zoneId: zone.id },
        openedOn: '2026-01-12',
        deadline: '2027-12-31',
      },
    );
    const progress = (status: string, on: string) =>
      run(
        'mutation ($input: ProgressRelocationCaseInput!) { progressRelocationCase(input: $input) { id } }',
        { caseId: openRelocationCase?.id, status, on },
      );
    await progress('IN_PROGRESS', '2026-02-01');
    await progress('COMPLETED', '2026-08-15');

    const after = await report('2026');
    expect(itemOf(after, '3.6', pending.subject.id)).toMatchObject({ meets: true, reason: null });
    expect(indicator(after, '3.6').numerator).toBe(indicator(before, '3.6').numerator + 1);
    // completed in August: the second quarter's report still counts it against the target
    const q2 = await report('2026-Q2');
    expect(itemOf(q2, '3.6', pending.subject.id)?.meets).toBe(false);
  });

  it('exports the report as the city office files it: XLSX, CSV and Markdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipc-hub-report-'));
    try {
      const options = {
        gatewayUrl: hub.gatewayUrl,
        token: city,
        period: '2025',
        adminUnit: null,
        trend: true,
      };
      const xlsx = join(dir, 'bao-cao.xlsx');
      const written = await writeReport({ ...options, format: 'xlsx', out: xlsx });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(xlsx);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Tổng hợp',
        ...INDICATORS.map((d) => `Chỉ tiêu ${d.code}`),
        'Nhiệm vụ',
        'Xu hướng',
      ]);
      const summary = workbook.getWorksheet('Tổng hợp');
      expect(summary?.getRow(4).values).toContain('Mã chỉ tiêu');
      const api = await report('2025');
      for (const [index, i] of api.indicators.entries()) {
        const row = summary?.getRow(5 + index);
        expect(row?.getCell(1).value).toBe(i.code);
        expect(row?.getCell(5).value).toBe(i.numerator);
        expect(row?.getCell(6).value).toBe(i.denominator);
        expect(row?.getCell(8).value).toBe(i.met ? 'Đạt' : 'Chưa đạt');
        // one row per item under the four heading rows
        expect(workbook.getWorksheet(`Chỉ tiêu ${i.code}`)?.rowCount).toBe(4 + i.items.length);
      }
      expect(summary?.getRow(2).getCell(1).value).toMatch(
        /^Từ ngày 01\/01\/2025 đến ngày 31\/12\/2025/,
      );
      expect(workbook.getWorksheet('Nhiệm vụ')?.rowCount).toBe(4 + 12);
      expect(workbook.getWorksheet('Xu hướng')?.getRow(4).values).toEqual(
        expect.arrayContaining(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']),
      );
      // the city's report: the same area in every quarter
      const area = workbook.getWorksheet('Xu hướng')?.getRow(5);
      expect(area?.getCell(2).value).toBe('Địa bàn');
      for (const cell of [3, 4, 5, 6]) expect(area?.getCell(cell).value).toBe('Toàn Thành phố');
      expect(written.indicators.map((i) => i.numerator)).toEqual(
        api.indicators.map((i) => i.numerator),
      );

      const csv = join(dir, 'bao-cao.csv');
      await writeReport({ ...options, format: 'csv', out: csv });
      const text = readFileSync(csv, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text).toContain('Mã chỉ tiêu,Chỉ tiêu,Mục tiêu');
      const md = join(dir, 'bao-cao.md');
      await writeReport({ ...options, format: 'md', out: md });
      expect(readFileSync(md, 'utf8')).toContain('| Mã chỉ tiêu | Chỉ tiêu |');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
