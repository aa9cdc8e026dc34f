import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateZonesSeed } from '@ipc-hub/seed/zones';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { hanoiUnit } from '@ipc-hub/units';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';

const seed = generateHanoiSeed();
const own = generateZonesSeed(seed);
const zone = (code: string) => {
  const found = seed.zones.find((z) => z.code === code);
  if (!found) throw new Error(`no zone ${code}`);
  return found;
};
const facilityName = new Map(seed.facilities.map((f) => [f.id, f.name]));

type ZoneNode = {
  code: string;
  name: string;
  adminUnit: { name: string };
  tenantCount: number;
  wastewaterPlant: { status: string; deadline: { met: boolean | null } | null };
  facilities: Array<{ id: string; name: string; zone: { code: string } }>;
};
const ZONES_WITH_TENANTS = `query ($first: Int!, $after: String) {
  zones(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      code name adminUnit { name } tenantCount wastewaterPlant { status deadline { met } }
      facilities { id name zone { code } }
    } }
  }
}`;

describe('zone queries through the gateway', () => {
  let hub: TestStack;
  let hiza: string;
  beforeAll(async () => {
    hub = await startHub();
    hiza = await testToken({ role: 'HIZA' });
  });
  afterAll(() => hub?.close());

  const zonesPage = (first: number, after: string | null = null) =>
    hub.client().request<{
      zones: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: ZoneNode }>;
      };
    }>(ZONES_WITH_TENANTS, { first, after });

  it("lists Hanoi's 14 zones with their plants and tenants, the tenants named by DONRE", async () => {
    const { zones } = await zonesPage(14);
    expect(zones.totalCount).toBe(14);
    expect(zones.pageInfo.hasNextPage).toBe(false);
    for (const { node } of zones.edges) {
      const seeded = zone(node.code);
      const tenants = seed.zoneTenancies.filter((t) => t.zoneId === seeded.id);
      expect(node.tenantCount).toBe(tenants.length);
      expect(node.wastewaterPlant.status).toBe(seeded.plant.status);
      expect(node.facilities.map((f) => f.name).sort()).toEqual(
        tenants.map((t) => facilityName.get(t.facilityId)).sort(),
      );
      for (const facility of node.facilities) expect(facility.zone.code).toBe(node.code);
    }
    const thachThat = zones.edges.find((e) => e.node.code === 'THACHTHATQUOCOAI')?.node;
    // today in the commune its former place went into (docs/units.md), formed from Thạch Thất
    expect(hanoiUnit(zone('THACHTHATQUOCOAI').adminUnitCode)?.formedFrom).toContain('276');
    expect(thachThat?.adminUnit.name).toBe(hanoiUnit(zone('THACHTHATQUOCOAI').adminUnitCode)?.name);
    expect(thachThat?.wastewaterPlant.deadline).toEqual({ met: true });
  });

  it('pages through the zones in name order with a cursor', async () => {
    const first = await zonesPage(5);
    const rest = await zonesPage(20, first.zones.pageInfo.endCursor);
    expect(first.zones.pageInfo.hasNextPage).toBe(true);
    const names = [...first.zones.edges, ...rest.zones.edges].map((e) => e.node.code);
    expect(names).toHaveLength(14);
    expect(new Set(names).size).toBe(14);
  });

  it('issues the same number of SQL statements in each subgraph for 3 zones with their tenants as for 14', async () => {
    async function statementsFor(first: number) {
      const before = hub.statements();
      const { zones } = await zonesPage(first);
      const after = hub.statements();
      return {
        tenants: zones.edges.reduce((n, e) => n + e.node.facilities.length, 0),
        statements: Object.fromEntries(
          Object.entries(after).map(([name, n]) => [name, n - (before[name] ?? 0)]),
        ),
      };
    }
    const three = await statementsFor(3);
    const all = await statementsFor(14);
    expect(three.tenants).toBeGreaterThan(0);
    expect(all.tenants).toBe(seed.zoneTenancies.length);
    expect(all.statements).toEqual(three.statements);
    // both agencies were asked: a subgraph left out would count zero twice
    expect(three.statements.zones).toBeGreaterThan(0);
    expect(three.statements.environment).toBeGreaterThan(0);
  });

  it('filters zones by kind, status and district', async () => {
    const { zones } = await hub.client().request<{
      zones: { totalCount: number; edges: Array<{ node: { code: string } }> };
    }>(
      `{ zones(filter: { kind: INDUSTRIAL_ZONE, status: OPERATING, adminUnitCode: "004" }) {
          totalCount edges { node { code } } } }`,
    );
    expect(zones.edges.map((e) => e.node.code).sort()).toEqual(['HANOIDAITU', 'SAIDONGB']);
    expect(zones.totalCount).toBe(2);
  });

  it('finds one zone by id with its basics, occupancy and plant, for the public', async () => {
    const hoaLac = zone('HOALAC');
    const data = await hub.client().request<{ zone: Record<string, unknown> }>(
      `query ($id: ID!) { zone(id: $id) {
          code name kind areaHa status developer occupancyPercent adminUnit { code name }
          wastewaterPlant { status capacityM3PerDay commissionedOn compliant autoMonitoring deadline { dueBy } }
      } }`,
      { id: hoaLac.id },
    );
    expect(data.zone).toEqual({
      code: 'HOALAC',
      name: 'Khu công nghệ cao Hòa Lạc',
      kind: 'HIGH_TECH_PARK',
      areaHa: 1586,
      status: 'OPERATING',
      developer: hoaLac.developer,
      occupancyPercent: 63,
      adminUnit: { code: hoaLac.adminUnitCode, name: hanoiUnit(hoaLac.adminUnitCode)?.name },
      wastewaterPlant: {
        status: 'OPERATING',
        capacityM3PerDay: 6000,
        commissionedOn: hoaLac.plant.commissionedOn,
        compliant: true,
        autoMonitoring: true,
        deadline: null,
      },
    });
  });

  it('answers null for a zone id that does not exist', async () => {
    const data = await hub
      .client()
      .request<{ zone: unknown }>('query ($id: ID!) { zone(id: $id) { name } }', {
        id: '00000000-0000-4000-8000-000000000000',
      });
    expect(data.zone).toBeNull();
  });

  it("shows a facility's zone, tenancy and investment projects next to DONRE's record of it", async () => {
    const project = own.investmentProjects.find((p) => p.status === 'OPERATING');
    const tenancy = seed.zoneTenancies.find((t) => t.facilityId === project?.facilityId);
    const data = await hub.client(hiza).request<{ facility: Record<string, unknown> }>(
      `query ($id: ID!) { facility(id: $id) {
          name zone { code } zoneTenancy { zone { code } investmentCertificate connectedToPlant since }
          investmentProjects { id name status }
      } }`,
      { id: project?.facilityId },
    );
    const zoneCode = seed.zones.find((z) => z.id === tenancy?.zoneId)?.code;
    expect(data.facility).toEqual({
      name: facilityName.get(project?.facilityId ?? ''),
      zone: { code: zoneCode },
      zoneTenancy: {
        zone: { code: zoneCode },
        investmentCertificate: tenancy?.investmentCertificate,
        connectedToPlant: tenancy?.connectedToPlant,
        since: tenancy?.since,
      },
      investmentProjects: [{ id: project?.id, name: project?.name, status: 'OPERATING' }],
    });
  });

  it('finds one investment project with its zone and the facility DONRE registered', async () => {
    const project = own.investmentProjects.find((p) => p.status === 'OPERATING');
    const data = await hub.client(hiza).request<{ investmentProject: Record<string, unknown> }>(
      `query ($id: ID!) { investmentProject(id: $id) {
          investor name sectorCode registeredOn investmentCertificate capitalVnd inLineWithPlanning
          status operatingSince zone { code } facility { name }
      } }`,
      { id: project?.id },
    );
    expect(data.investmentProject).toEqual({
      investor: project?.investor,
      name: project?.name,
      sectorCode: project?.sectorCode,
      registeredOn: project?.registeredOn,
      investmentCertificate: project?.investmentCertificate,
      capitalVnd: project?.capitalVnd?.toString(),
      inLineWithPlanning: project?.inLineWithPlanning,
      status: 'OPERATING',
      operatingSince: project?.operatingSince,
      zone: { code: seed.zones.find((z) => z.id === project?.zoneId)?.code },
      facility: { name: facilityName.get(project?.facilityId ?? '') },
    });
  });

  it('lists the projects registered in a year that are out of line with the planning', async () => {
    const data = await hub.client(hiza).request<{
      investmentProjects: { totalCount: number; edges: Array<{ node: { planningNote: string } }> };
    }>(
      `{ investmentProjects(first: 100, filter: { inLineWithPlanning: false, registeredFrom: "2019-01-01", registeredTo: "2019-12-31" }) {
          totalCount edges { node { planningNote } } } }`,
    );
    const expected = own.investmentProjects.filter(
      (p) => !p.inLineWithPlanning && p.registeredOn.startsWith('2019'),
    );
    expect(data.investmentProjects.totalCount).toBe(expected.length);
    expect(data.investmentProjects.edges.every((e) => e.node.planningNote.length > 0)).toBe(true);
  });
});
