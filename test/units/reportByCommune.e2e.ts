import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReport } from '@ipc-hub/report';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { CITY_CODE, HANOI_UNITS, hanoiUnit } from '@ipc-hub/units';
import ExcelJS from 'exceljs';
import type { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';

const REPORT = `query ($period: String!, $adminUnit: String) {
  planReport(period: $period, adminUnit: $adminUnit) {
    id adminUnit { code }
    indicators { code numerator denominator }
  }
}`;

interface Report {
  id: string;
  adminUnit: { code: string } | null;
  indicators: { code: string; numerator: number; denominator: number }[];
}

/** A period after the reform: every record in it is kept in a commune. */
const PERIOD = '2026';
const COMMUNES = HANOI_UNITS.filter((u) => u.level === 'COMMUNE').map((u) => u.code);

/** numerator and denominator of each indicator, summed over the reports */
function sums(reports: Report[]): Map<string, { numerator: number; denominator: number }> {
  const total = new Map<string, { numerator: number; denominator: number }>();
  for (const report of reports) {
    for (const i of report.indicators) {
      const t = total.get(i.code) ?? { numerator: 0, denominator: 0 };
      total.set(i.code, {
        numerator: t.numerator + i.numerator,
        denominator: t.denominator + i.denominator,
      });
    }
  }
  return total;
}

function counts(report: Report) {
  return new Map(
    report.indicators.map((i) => [i.code, { numerator: i.numerator, denominator: i.denominator }]),
  );
}

/**
 * The plan report by unit after the reform (docs/units.md): the city's
 * counts are the sum of its 126 communes', a former district's the sum of
 * the communes formed from it.
 */
describe('planReport for the city, a former district and the communes, after the reform', () => {
  let hub: TestStack;
  let city: GraphQLClient;
  let cityToken: string;
  beforeAll(async () => {
    hub = await startHub();
    cityToken = await testToken({ role: 'CITY' });
    city = hub.client(cityToken);
  });
  afterAll(() => hub?.close());

  const report = async (adminUnit: string | null, period = PERIOD) =>
    (await city.request<{ planReport: Report }>(REPORT, { period, adminUnit })).planReport;

  it("gives the city's counts as the sum over its 126 communes", async () => {
    expect(COMMUNES).toHaveLength(126);
    const whole = await report(null);
    const byCommune: Report[] = [];
    // one at a time: the machine is shared, and the sum does not depend on the order
    for (const code of COMMUNES) byCommune.push(await report(code));
    for (const r of byCommune) expect(r.adminUnit?.code).toBe(r.id.split('@')[1]);
    expect(sums(byCommune)).toEqual(counts(whole));
    // the city's code is the city: the same counts as no unit
    expect(counts(await report(CITY_CODE))).toEqual(counts(whole));
    // a sum of zeros proves nothing: the year has facilities and violations to count
    expect(whole.indicators.some((i) => i.denominator > 0)).toBe(true);
  }, 600_000);

  it('gives a former district, for a period after the reform, the sum over the communes formed from it', async () => {
    const successors = hanoiUnit('017')?.successors ?? [];
    expect(successors).toContain('00454');
    const district = await report('017');
    expect(district.adminUnit?.code).toBe('017');
    const parts: Report[] = [];
    for (const code of successors) parts.push(await report(code));
    expect(sums(parts)).toEqual(counts(district));
    expect(district.indicators.some((i) => i.denominator > 0)).toBe(true);
  });

  it('gives a former district, for a year across the reform, what its subjects were at the year’s end: the communes formed from it', async () => {
    // 2025 ends after 1/7/2025: its subjects are judged where they stood on 31/12, in communes
    const successors = hanoiUnit('017')?.successors ?? [];
    const district = await report('017', '2025');
    const parts: Report[] = [];
    for (const code of successors) parts.push(await report(code, '2025'));
    expect(sums(parts)).toEqual(counts(district));
    expect(district.indicators.some((i) => i.denominator > 0)).toBe(true);
  });

  it('names, in the workbook’s trend, each quarter’s area as it stood: the district before the reform, its communes after', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ipc-hub-unit-report-'));
    try {
      const out = join(dir, 'dong-anh-2025.xlsx');
      await writeReport({
        gatewayUrl: hub.gatewayUrl,
        token: cityToken,
        period: '2025',
        adminUnit: '017',
        trend: true,
        format: 'xlsx',
        out,
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      const sheet = workbook.getWorksheet('Xu hướng');
      expect(sheet?.getRow(4).values).toEqual(
        expect.arrayContaining(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']),
      );
      const area = sheet?.getRow(5);
      expect(area?.getCell(2).value).toBe('Địa bàn');
      const communes = (hanoiUnit('017')?.successors ?? []).map((c) => hanoiUnit(c)?.name);
      // the first two quarters: the district; the last two: the communes formed from it
      for (const cell of [3, 4]) expect(area?.getCell(cell).value).toBe('huyện Đông Anh');
      for (const cell of [5, 6]) {
        expect(area?.getCell(cell).value).toBe(`địa bàn huyện Đông Anh cũ: ${communes.join(', ')}`);
      }
      // the title names both, with the day the district ended
      expect(String(workbook.getWorksheet('Tổng hợp')?.getRow(1).getCell(1).value)).toContain(
        'huyện Đông Anh (đến 30/06/2025)',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
