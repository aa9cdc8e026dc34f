import { generateHanoiSeed } from '@ipc-hub/seed';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { unitCodesUnder } from '@ipc-hub/units';
import { ClientError } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from './support/startHub';

const seed = generateHanoiSeed();

interface ZonesAnswer {
  zones: {
    totalCount: number;
    edges: Array<{
      node: {
        name: string;
        kind: string;
        facilities: Array<{ name: string; zone: { name: string } }>;
      };
    }>;
  };
}

describe('one query across the four agencies', () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  it("lists Hanoi's real zones with their tenants' names, which only the environment subgraph holds", async () => {
    const data = await hub
      .client()
      .request<ZonesAnswer>(
        '{ zones(first: 50) { totalCount edges { node { name kind facilities { name zone { name } } } } } }',
      );
    const names = data.zones.edges.map((e) => e.node.name);
    expect(names).toEqual(
      expect.arrayContaining(['Thăng Long', 'Sài Đồng B', 'Khu công nghệ cao Hòa Lạc']),
    );
    expect(data.zones.totalCount).toBe(seed.zones.length);

    const tenants = data.zones.edges.flatMap((e) => e.node.facilities);
    expect(tenants).toHaveLength(seed.zoneTenancies.length);
    const seededNames = new Set(
      seed.facilities.filter((f) => f.setting === 'ZONE').map((f) => f.name),
    );
    for (const edge of data.zones.edges) {
      for (const facility of edge.node.facilities) {
        expect(seededNames.has(facility.name)).toBe(true);
        expect(facility.zone.name).toBe(edge.node.name);
      }
    }
    const hoaLac = data.zones.edges.find((e) => e.node.name === 'Khu công nghệ cao Hòa Lạc');
    expect(hoaLac?.node.kind).toBe('HIGH_TECH_PARK');
  });

  it('answers a facility with its district, cluster and violations from three other agencies', async () => {
    const violation = seed.violations.find((v) => {
      const facility = seed.facilities.find((f) => f.id === v.facilityId);
      return facility?.setting === 'CLUSTER';
    });
    if (!violation) throw new Error('the seed has a violation at a cluster tenant');
    const facility = seed.facilities.find((f) => f.id === violation.facilityId);
    const tenancy = seed.clusterTenancies.find((t) => t.facilityId === violation.facilityId);
    const cluster = seed.clusters.find((c) => c.id === tenancy?.clusterId);
    const district = seed.adminUnits.find((u) => u.code === facility?.adminUnitCode);

    // the city sees every violation; the public would see the published ones only
    const city = await testToken({ role: 'CITY' });
    const data = await hub.client(city).request<{
      facility: {
        name: string;
        adminUnit: { name: string; parent: { name: string } };
        zone: null;
        cluster: { name: string; facilities: Array<{ id: string }> };
        violations: Array<{ id: string; detectedOn: string; facility: { taxCode: string } }>;
        openViolationCount: number;
      };
    }>(
      `query ($id: ID!) { facility(id: $id) {
          name adminUnit { name parent { name } } zone { name }
          cluster { name facilities { id } }
          violations { id detectedOn facility { taxCode } } openViolationCount } }`,
      { id: violation.facilityId },
    );
    const expectedViolations = seed.violations.filter((v) => v.facilityId === violation.facilityId);
    expect(data.facility.name).toBe(facility?.name);
    expect(data.facility.adminUnit).toEqual({ name: district?.name, parent: { name: 'Hà Nội' } });
    expect(data.facility.zone).toBeNull();
    expect(data.facility.cluster.name).toBe(cluster?.name);
    expect(data.facility.cluster.facilities.map((f) => f.id)).toContain(violation.facilityId);
    expect(data.facility.violations.map((v) => v.id).sort()).toEqual(
      expectedViolations.map((v) => v.id).sort(),
    );
    expect(data.facility.violations.every((v) => v.facility.taxCode === facility?.taxCode)).toBe(
      true,
    );
    expect(data.facility.openViolationCount).toBe(
      expectedViolations.filter((v) => v.status === 'DETECTED' || v.status === 'SANCTIONED').length,
    );
  });

  it('pages through the whole registry with cursors, every facility once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: {
        facilities: {
          totalCount: number;
          edges: Array<{ node: { id: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await hub
        .client()
        .request(
          'query ($after: String) { facilities(first: 400, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
          { after },
        );
      totalCount = page.facilities.totalCount;
      seen.push(...page.facilities.edges.map((e) => e.node.id));
      after = page.facilities.pageInfo.hasNextPage ? page.facilities.pageInfo.endCursor : null;
    } while (after);
    expect(totalCount).toBe(seed.facilities.length);
    expect(new Set(seen).size).toBe(seed.facilities.length);
  });

  it('filters a district including the units under it', async () => {
    const data = await hub
      .client()
      .request<{ facilities: { totalCount: number } }>(
        '{ facilities(filter: { adminUnitCode: "01" }) { totalCount } }',
      );
    // Hà Nội (01) is the parent of every district: the filter reaches all of them.
    expect(data.facilities.totalCount).toBe(seed.facilities.length);
    const dongAnh = await hub
      .client()
      .request<{ facilities: { totalCount: number } }>(
        '{ facilities(filter: { adminUnitCode: "017" }) { totalCount } }',
      );
    // the former district of Đông Anh reaches the communes formed from it, where its facilities are now
    const dongAnhUnits = new Set(unitCodesUnder('017'));
    const inDongAnh = seed.facilities.filter((f) => dongAnhUnits.has(f.adminUnitCode)).length;
    expect(inDongAnh).toBeGreaterThan(0);
    expect(dongAnh.facilities.totalCount).toBe(inDongAnh);
  });

  it('refuses a page size beyond the maximum with BAD_USER_INPUT naming the argument', async () => {
    const error = await hub
      .client()
      .request('{ facilities(first: 100000) { totalCount } }')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    const [first] = (error as ClientError).response.errors ?? [];
    expect(first?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
