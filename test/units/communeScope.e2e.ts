import { unitsInScope } from '@ipc-hub/access';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateEnvironmentSeed } from '@ipc-hub/seed/environment';
import { generatePoliceSeed } from '@ipc-hub/seed/police';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { REFORM_DAY } from '@ipc-hub/units';
import type { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';

const base = generateHanoiSeed();
const police = generatePoliceSeed(base);
const environment = generateEnvironmentSeed(base);

/** Xã Đông Anh, a commune formed from Đông Anh's units; Đông Anh, the former district. */
const COMMUNE = '00454';
const DISTRICT = '017';

/** The units each token reaches (docs/units.md): a commune itself; a former district and its successors. */
const reach = {
  commune: new Set(unitsInScope([COMMUNE])),
  district: new Set(unitsInScope([DISTRICT])),
};

const facilityUnit = new Map(base.facilities.map((f) => [f.id, f.adminUnitCode]));

function pick<T>(what: string, items: readonly T[], test: (item: T) => boolean): T {
  const found = items.find(test);
  if (!found) throw new Error(`the seed has no ${what}`);
  return found;
}

/** An unpublished violation found in Đông Anh before the reform: kept in the district. */
const before = pick(
  'unpublished violation kept in Đông Anh before the reform',
  police.violations,
  (v) => v.adminUnitCode === DISTRICT && !v.published && v.detectedOn < REFORM_DAY,
);

const LISTS = `{
  violations(first: 500) { totalCount edges { node { id published adminUnit { code } } } }
  inspections(first: 500) { totalCount edges { node { adminUnit { code } } } }
  approvals(first: 500) { totalCount edges { node { facility { id adminUnit { code } } } } }
}`;

interface Lists {
  violations: {
    totalCount: number;
    edges: Array<{ node: { id: string; published: boolean; adminUnit: { code: string } } }>;
  };
  inspections: { totalCount: number; edges: Array<{ node: { adminUnit: { code: string } } }> };
  approvals: {
    totalCount: number;
    edges: Array<{ node: { facility: { id: string; adminUnit: { code: string } } | null } }>;
  };
}

const REPORT = `query ($period: String!) {
  planReport(period: $period) {
    indicators {
      code itemsWithheld
      items { subject { __typename ... on Facility { id adminUnit { code } } } }
    }
  }
}`;

interface Report {
  planReport: {
    indicators: Array<{
      code: string;
      itemsWithheld: number;
      items: Array<{ subject: { __typename: string; id?: string; adminUnit?: { code: string } } }>;
    }>;
  };
}

/**
 * An area officer with a commune's code and one with a former district's
 * code, each seeing exactly what the rule of docs/units.md gives: the
 * commune its own records of today; the district its records before the
 * reform and its successor communes' after — in lists, single records and
 * the plan report's items.
 */
describe("an area officer's reach: a commune's code and a former district's", () => {
  let hub: TestStack;
  const as: Record<keyof typeof reach, GraphQLClient> = {} as never;
  beforeAll(async () => {
    hub = await startHub();
    as.commune = hub.client(await testToken({ role: 'AREA', adminUnits: [COMMUNE] }));
    as.district = hub.client(await testToken({ role: 'AREA', adminUnits: [DISTRICT] }));
  });
  afterAll(() => hub?.close());

  it.each(['commune', 'district'] as const)(
    'lists for a %s code exactly the records in reach',
    async (who) => {
      const units = reach[who];
      const data = await as[who].request<Lists>(LISTS);

      const violations = police.violations.filter((v) => units.has(v.adminUnitCode) || v.published);
      expect(data.violations.totalCount).toBe(violations.length);
      expect(new Set(data.violations.edges.map((e) => e.node.id))).toEqual(
        new Set(violations.map((v) => v.id)),
      );
      // unpublished records in reach exist, so the rule is tested, not vacuous
      expect(violations.some((v) => !v.published)).toBe(true);

      const inspections = police.inspections.filter((i) => units.has(i.adminUnitCode));
      expect(data.inspections.totalCount).toBe(inspections.length);
      expect(data.inspections.edges.every((e) => units.has(e.node.adminUnit.code))).toBe(true);

      const approvals = environment.approvals.filter((a) =>
        units.has(facilityUnit.get(a.facilityId) ?? ''),
      );
      // and the dossiers approved for projects of the zones and clusters in reach, by their unit
      const ofProjects = environment.projectApprovals.filter((a) => units.has(a.adminUnitCode));
      expect(approvals.length).toBeGreaterThan(0);
      expect(data.approvals.totalCount).toBe(approvals.length + ofProjects.length);
      const ofFacilities = data.approvals.edges.flatMap((e) =>
        e.node.facility ? [e.node.facility] : [],
      );
      expect(ofFacilities).toHaveLength(approvals.length);
      expect(ofFacilities.every((facility) => units.has(facility.adminUnit.code))).toBe(true);
    },
  );

  it("keeps a violation found before the reform in the district: the district's officer reads it, the commune's does not", async () => {
    const QUERY = `query ($id: ID!) { violation(id: $id) { id adminUnit { code } } }`;
    const asDistrict = await as.district.request<{
      violation: { adminUnit: { code: string } } | null;
    }>(QUERY, { id: before.id });
    expect(asDistrict.violation?.adminUnit.code).toBe(DISTRICT);
    const asCommune = await as.commune.request<{ violation: unknown }>(QUERY, { id: before.id });
    expect(asCommune.violation).toBeNull();
  });

  it("shows each officer the report's facility items of its reach and withholds the rest", async () => {
    const city = hub.client(await testToken({ role: 'CITY' }));
    const whole = (await city.request<Report>(REPORT, { period: '2026' })).planReport;
    // what the public sees of the items (the published polluters' listings) everyone sees
    const asPublic = (await hub.client().request<Report>(REPORT, { period: '2026' })).planReport;
    const isPublic = (code: string, id?: string) =>
      asPublic.indicators.find((i) => i.code === code)?.items.some((i) => i.subject.id === id) ===
      true;
    for (const who of ['commune', 'district'] as const) {
      const units = reach[who];
      const mine = (await as[who].request<Report>(REPORT, { period: '2026' })).planReport;
      let seen = 0;
      for (const ofCity of whole.indicators) {
        const facilities = ofCity.items.filter((i) => i.subject.__typename === 'Facility');
        if (facilities.length === 0) continue;
        const ofOfficer = mine.indicators.find((i) => i.code === ofCity.code);
        const expected = facilities
          .filter(
            (i) =>
              units.has(facilityUnit.get(i.subject.id ?? '') ?? '') ||
              isPublic(ofCity.code, i.subject.id),
          )
          .map((i) => i.subject.id);
        const shown = (ofOfficer?.items ?? [])
          .filter((i) => i.subject.__typename === 'Facility')
          .map((i) => i.subject.id);
        expect(new Set(shown), `${who} ${ofCity.code}`).toEqual(new Set(expected));
        expect(ofOfficer?.itemsWithheld, `${who} ${ofCity.code}`).toBe(
          ofCity.items.length - (ofOfficer?.items.length ?? 0),
        );
        seen += shown.filter((id) => !isPublic(ofCity.code, id)).length;
      }
      // items shown for the reach alone, beyond what the public sees
      expect(seen, who).toBeGreaterThan(0);
    }
  });
});
