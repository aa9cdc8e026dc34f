import { unitsInScope } from '@ipc-hub/access';
import { ALL_RECORDS_ROLES } from '@ipc-hub/registry';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateZonesSeed } from '@ipc-hub/seed/zones';
import { gatewayProofHeaders, type TestStack, testToken } from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, bearerOf, deniedPaths } from '../support/postGraphQL';
import { startHub } from '../support/startHub';

const base = generateHanoiSeed();
const own = generateZonesSeed(base);

function pick<T>(what: string, items: readonly T[], test: (item: T) => boolean): T {
  const found = items.find(test);
  if (!found) throw new Error(`the seed has no ${what}`);
  return found;
}

/** Đông Anh, the district officer's unit in these tests: Thăng Long is there, Nội Bài in Sóc Sơn. */
const OWN_UNIT = '017';
/** The units its AREA token reaches: the district and the communes formed from it, where zones sit today (docs/units.md). */
const ownUnits = new Set(unitsInScope([OWN_UNIT]));
const zoneUnit = new Map(base.zones.map((z) => [z.id, z.adminUnitCode]));
const thangLong = pick('Thăng Long zone', base.zones, (z) => z.code === 'THANGLONG');
const noiBai = pick('Nội Bài zone', base.zones, (z) => z.code === 'NOIBAI');
/** A tenant of Thăng Long that runs one of its investment projects: the operator of these tests. */
const ownTenancy = pick('Thăng Long tenant running a project', base.zoneTenancies, (t) =>
  own.investmentProjects.some((p) => p.facilityId === t.facilityId && p.zoneId === thangLong.id),
);
const otherTenancy = pick('Nội Bài tenant running a project', base.zoneTenancies, (t) =>
  own.investmentProjects.some((p) => p.facilityId === t.facilityId && p.zoneId === noiBai.id),
);
const otherProject = pick('Nội Bài project', own.investmentProjects, (p) => p.zoneId === noiBai.id);
const operatorFacility = ownTenancy.facilityId;
const projectsOf = (facilityId: string) =>
  own.investmentProjects.filter((p) => p.facilityId === facilityId);

/**
 * A zone's basics and plant, and the zone a facility is in (public); a
 * tenancy's certificate and the investment projects (internal). The zones
 * hold no personal or case data (a unit test of the subgraph checks its SDL),
 * so those two classes have no field to ask here.
 */
const EACH_CLASS = `query ($zone: ID!, $tenant: ID!) {
  zone(id: $zone) { name wastewaterPlant { status } }
  tenant: facility(id: $tenant) {
    zone { code }
    zoneTenancy { investmentCertificate }
    investmentProjects { id }
  }
  investmentProjects(first: 1) { totalCount }
}`;

interface EachClass {
  zone: { name: string; wastewaterPlant: { status: string } } | null;
  tenant: {
    zone: { code: string } | null;
    zoneTenancy: { investmentCertificate: string | null } | null;
    investmentProjects: Array<{ id: string }> | null;
  } | null;
  investmentProjects: { totalCount: number } | null;
}

type Claims = Parameters<typeof testToken>[0];

/** docs/access.md for the Board's records. `projects`: how many investment projects the role lists (null: denied). */
const TABLE: Array<{ sentence: string; claims: Claims | null; projects: number | null }> = [
  {
    sentence: 'the public reads zones, their plants and tenants, and no tenancy detail or project',
    claims: null,
    projects: null,
  },
  ...ALL_RECORDS_ROLES.map((role) => ({
    sentence: `${role} reads the tenancies and every investment project too`,
    claims: { role },
    projects: own.investmentProjects.length,
  })),
  {
    sentence: 'a district officer reads the tenancies and projects of the zones in its unit',
    claims: { role: 'AREA', adminUnits: [OWN_UNIT] },
    projects: own.investmentProjects.filter((p) => ownUnits.has(zoneUnit.get(p.zoneId) ?? ''))
      .length,
  },
  {
    sentence: 'an operator reads its own facility’s tenancy and projects',
    claims: { role: 'OPERATOR', facilityIds: [operatorFacility] },
    projects: projectsOf(operatorFacility).length,
  },
];

describe("who sees what of the Industrial Zones Board's records", () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  const gateway = <T>(query: string, variables: Record<string, unknown>, token: string | null) =>
    ask<T>(hub.gatewayUrl, query, variables, bearerOf(token));

  const auditRows = async () => {
    const db = hub.subgraphs.zones?.database.db;
    if (!db) throw new Error('zones subgraph');
    const result = (await db.execute(
      sql`select role, outcome, fields, denied_fields from audit_log order by seq desc`,
    )) as unknown as {
      rows: Array<{ role: string; outcome: string; fields: string[]; denied_fields: string[] }>;
    };
    return result.rows;
  };

  it.each(TABLE.map((row) => [row.sentence, row] as const))(
    '%s',
    async (_, { claims, projects }) => {
      const answer = await gateway<EachClass>(
        EACH_CLASS,
        { zone: thangLong.id, tenant: operatorFacility },
        claims ? await testToken(claims) : null,
      );
      // public: everyone
      expect(answer.data?.zone).toEqual({
        name: thangLong.name,
        wastewaterPlant: { status: thangLong.plant.status },
      });
      expect(answer.data?.tenant?.zone).toEqual({ code: 'THANGLONG' });
      // internal
      if (projects === null) {
        expect(answer.data?.tenant?.zoneTenancy).toBeNull();
        expect(answer.data?.tenant?.investmentProjects).toBeNull();
        expect(answer.data?.investmentProjects).toBeNull();
        expect(deniedPaths(answer)).toEqual([
          'investmentProjects',
          'tenant.investmentProjects',
          'tenant.zoneTenancy',
        ]);
      } else {
        expect(answer.data?.tenant?.zoneTenancy).toEqual({
          investmentCertificate: ownTenancy.investmentCertificate,
        });
        expect(answer.data?.tenant?.investmentProjects?.map((p) => p.id).sort()).toEqual(
          projectsOf(operatorFacility)
            .map((p) => p.id)
            .sort(),
        );
        expect(answer.data?.investmentProjects?.totalCount).toBe(projects);
        expect(answer.errors).toBeUndefined();
      }
    },
  );

  it('shows a district officer the projects and tenancies of its unit’s zones, and of other zones only what is public', async () => {
    const area = await testToken({ role: 'AREA', adminUnits: [OWN_UNIT] });
    const answer = await gateway<{
      investmentProjects: {
        totalCount: number;
        edges: Array<{ node: { zone: { adminUnit: { code: string } } } }>;
      };
      other: {
        zone: { code: string };
        zoneTenancy: unknown;
        investmentProjects: unknown[];
      };
      otherProject: unknown;
    }>(
      `query ($tenant: ID!, $project: ID!) {
        investmentProjects(first: 500) { totalCount edges { node { zone { adminUnit { code } } } } }
        other: facility(id: $tenant) { zone { code } zoneTenancy { since } investmentProjects { id } }
        otherProject: investmentProject(id: $project) { id name }
      }`,
      { tenant: otherTenancy.facilityId, project: otherProject.id },
      area,
    );
    expect(answer.errors).toBeUndefined();
    const inUnit = own.investmentProjects.filter((p) => ownUnits.has(zoneUnit.get(p.zoneId) ?? ''));
    expect(inUnit.length).toBeGreaterThan(0);
    expect(answer.data?.investmentProjects.totalCount).toBe(inUnit.length);
    expect(
      answer.data?.investmentProjects.edges.every((e) => ownUnits.has(e.node.zone.adminUnit.code)),
    ).toBe(true);
    // which zone a facility is in is public; its tenancy and projects there are Sóc Sơn's
    expect(answer.data?.other).toEqual({
      zone: { code: 'NOIBAI' },
      zoneTenancy: null,
      investmentProjects: [],
    });
    expect(answer.data?.otherProject).toBeNull();
  });

  it('shows an operator its own tenancy and projects, and no other facility’s', async () => {
    const operator = await testToken({ role: 'OPERATOR', facilityIds: [operatorFacility] });
    const answer = await gateway<{
      investmentProjects: {
        totalCount: number;
        edges: Array<{ node: { facility: { id: string } } }>;
      };
      other: { zoneTenancy: unknown; investmentProjects: unknown[] };
    }>(
      `query ($tenant: ID!) {
        investmentProjects(first: 500) { totalCount edges { node { facility { id } } } }
        other: facility(id: $tenant) { zoneTenancy { since } investmentProjects { id } }
      }`,
      { tenant: otherTenancy.facilityId },
      operator,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.investmentProjects.totalCount).toBe(projectsOf(operatorFacility).length);
    expect(
      answer.data?.investmentProjects.edges.every((e) => e.node.facility.id === operatorFacility),
    ).toBe(true);
    expect(answer.data?.other).toEqual({ zoneTenancy: null, investmentProjects: [] });
  });

  it('records each denial in the Board’s own audit trail, which HIZA reads', async () => {
    const before = (await auditRows()).length;
    await gateway('{ investmentProjects { totalCount } }', {}, null);
    const rows = await auditRows();
    expect(rows.length - before).toBe(1);
    expect(rows[0]).toEqual({
      role: 'PUBLIC',
      outcome: 'DENIED',
      fields: [],
      denied_fields: ['Query.investmentProjects'],
    });

    const trail = await gateway<{
      zonesAuditTrail: {
        totalCount: number;
        edges: Array<{
          node: { role: string; deniedFields: string[]; prevHash: string; hash: string };
        }>;
      };
    }>(
      '{ zonesAuditTrail(first: 2) { totalCount edges { node { role deniedFields prevHash hash } } } }',
      {},
      await testToken({ role: 'HIZA' }),
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data?.zonesAuditTrail.totalCount).toBe(rows.length);
    const [latest, previous] = trail.data?.zonesAuditTrail.edges ?? [];
    expect(latest?.node).toMatchObject({
      role: 'PUBLIC',
      deniedFields: ['Query.investmentProjects'],
    });
    expect(latest?.node.prevHash).toBe(previous?.node.hash);
  });

  it.each<[string, Claims | null]>([
    ['the public', null],
    ['DONRE', { role: 'DONRE' }],
    ['the police', { role: 'POLICE' }],
    ['the city', { role: 'CITY' }],
    ['a district officer', { role: 'AREA', adminUnits: [OWN_UNIT] }],
  ])('lets no one but HIZA read the Board’s audit trail: not %s', async (_, claims) => {
    const answer = await gateway<{ zonesAuditTrail: unknown }>(
      '{ zonesAuditTrail { totalCount } }',
      {},
      claims ? await testToken(claims) : null,
    );
    expect(answer.data?.zonesAuditTrail).toBeNull();
    expect(deniedPaths(answer)).toEqual(['zonesAuditTrail']);
  });

  it('gives a direct call to the zones subgraph with a forged role header and no token public data only', async () => {
    const url = hub.subgraphs.zones?.http.url;
    if (!url) throw new Error('zones subgraph');
    const answer = await ask<{ zones: { totalCount: number }; investmentProjects: unknown }>(
      url,
      '{ zones { totalCount } investmentProjects { totalCount } }',
      {},
      {
        ...gatewayProofHeaders('zones'),
        'x-role': 'HIZA',
        'x-user-role': 'HIZA',
        'x-hub-role': 'HIZA',
      },
    );
    expect(answer.data?.zones.totalCount).toBe(base.zones.length);
    expect(answer.data?.investmentProjects).toBeNull();
    expect(deniedPaths(answer)).toEqual(['investmentProjects']);
  });
});
