import { type TestStack, testToken } from '@ipc-hub/testing';
import { CITY_CODE, HANOI_UNITS, hanoiUnit } from '@ipc-hub/units';
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
  beforeAll(async () => {
    hub = await startHub();
    city = hub.client(await testToken({ role: 'CITY' }));
  });
  afterAll(() => hub?.close());

  const report = async (adminUnit: string | null) =>
    (await city.request<{ planReport: Report }>(REPORT, { period: PERIOD, adminUnit })).planReport;

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
});
