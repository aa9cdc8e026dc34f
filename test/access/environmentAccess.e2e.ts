import { unitsInScope } from '@ipc-hub/access';
import { ALL_RECORDS_ROLES } from '@ipc-hub/registry';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateEnvironmentSeed } from '@ipc-hub/seed/environment';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, ask as askGraphQL, bearerOf, deniedPaths } from '../support/postGraphQL';
import { startHub } from '../support/startHub';

const base = generateHanoiSeed();
const own = generateEnvironmentSeed(base);
// The seed places facilities in today's communes; a former district's AREA
// token reaches the communes formed from it (unitsInScope, docs/units.md).
const dongAnh = new Set(unitsInScope(['017']));
const approvalFacility = (units: ReadonlySet<string>) => {
  const found = base.facilities.find(
    (f) => units.has(f.adminUnitCode) && own.approvals.some((a) => a.facilityId === f.id),
  );
  if (!found)
    throw new Error('the seed has a facility with approvals in each of the two districts');
  return found;
};
const inDongAnh = approvalFacility(dongAnh);
const inGiaLam = approvalFacility(new Set(unitsInScope(['018'])));

type Facility = {
  name: string;
  approvals: unknown[] | null;
  legalRepresentative: { fullName: string } | null;
};

const ask = (
  hub: TestStack,
  id: string | undefined,
  token?: string,
  purpose?: string,
): Promise<Answer<{ facility: Facility }>> =>
  askGraphQL(
    hub.gatewayUrl,
    'query ($id: ID!) { facility(id: $id) { name approvals { id } legalRepresentative { fullName } } }',
    { id },
    { ...bearerOf(token), ...(purpose ? { 'x-purpose': purpose } : {}) },
  );

describe("who sees what of DONRE's registry", () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  it('shows the public a facility’s identity, and denies its approvals and its representative', async () => {
    const answer = await ask(hub, inDongAnh.id);
    expect(answer.data?.facility.name).toBe(inDongAnh.name);
    expect(answer.data?.facility.approvals).toBeNull();
    expect(answer.data?.facility.legalRepresentative).toBeNull();
    expect(deniedPaths(answer)).toEqual(['facility.approvals', 'facility.legalRepresentative']);
  });

  it('shows a district officer the approvals of facilities in its district only', async () => {
    const area = await testToken({ role: 'AREA', adminUnits: ['017'] });
    const mine = await ask(hub, inDongAnh.id, area);
    expect(mine.data?.facility.approvals?.length).toBeGreaterThan(0);
    expect(deniedPaths(mine)).toEqual(['facility.legalRepresentative']);
    const theirs = await ask(hub, inGiaLam.id, area);
    expect(theirs.data?.facility.name).toBe(inGiaLam.name);
    expect(theirs.data?.facility.approvals).toBeNull();
    expect(deniedPaths(theirs)).toEqual(['facility.approvals', 'facility.legalRepresentative']);
  });

  it('keeps out-of-scope rows out of a district officer’s lists', async () => {
    const area = await testToken({ role: 'AREA', adminUnits: ['017'] });
    const data = await hub.client(area).request<{
      approvals: {
        totalCount: number;
        edges: Array<{
          node: {
            facility: { adminUnit: { code: string } } | null;
            project: { id: string } | null;
          };
        }>;
      };
    }>(
      '{ approvals(first: 500) { totalCount edges { node { facility { adminUnit { code } } project { id } } } } }',
    );
    const inUnit = new Set(
      base.facilities.filter((f) => dongAnh.has(f.adminUnitCode)).map((f) => f.id),
    );
    // the facilities' approvals in its unit, and those of the projects in its unit's zones and clusters
    const ofProjects = own.projectApprovals.filter((a) => dongAnh.has(a.adminUnitCode));
    const expected = own.approvals.filter((a) => inUnit.has(a.facilityId)).length;
    expect(expected).toBeGreaterThan(0);
    expect(ofProjects.length).toBeGreaterThan(0);
    expect(data.approvals.totalCount).toBe(expected + ofProjects.length);
    const zoneProjects = new Set(ofProjects.flatMap((a) => (a.projectId ? [a.projectId] : [])));
    for (const { node } of data.approvals.edges) {
      if (node.facility) expect(dongAnh.has(node.facility.adminUnit.code)).toBe(true);
      else if (node.project) expect(zoneProjects.has(node.project.id)).toBe(true);
    }
  });

  it('shows an operator its own facility’s approvals and nobody else’s', async () => {
    const operator = await testToken({ role: 'OPERATOR', facilityIds: [inDongAnh.id] });
    expect(
      (await ask(hub, inDongAnh.id, operator)).data?.facility.approvals?.length,
    ).toBeGreaterThan(0);
    expect((await ask(hub, inGiaLam.id, operator)).data?.facility.approvals).toBeNull();
  });

  it('shows personal data to DONRE and the police, and not to the city or another agency', async () => {
    const personalReaders = ['DONRE', 'POLICE'] as const;
    for (const role of personalReaders) {
      const answer = await ask(hub, inDongAnh.id, await testToken({ role }));
      expect(answer.data?.facility.legalRepresentative?.fullName).toBe(
        own.legalRepresentatives.find((p) => p.facilityId === inDongAnh.id)?.fullName,
      );
    }
    // every other role that reads internal records, a new agency's included
    for (const role of ALL_RECORDS_ROLES.filter(
      (r) => !(personalReaders as readonly string[]).includes(r),
    )) {
      const answer = await ask(hub, inDongAnh.id, await testToken({ role }));
      expect(answer.data?.facility.legalRepresentative).toBeNull();
      expect(answer.data?.facility.approvals?.length).toBeGreaterThan(0);
    }
  });

  it('writes exactly one audit row per request that reads personal data, with who, why and what', async () => {
    const db = hub.subgraphs.environment?.database.db;
    if (!db) throw new Error('environment subgraph');
    const rows = async () =>
      (
        (await db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as {
          rows: Array<{ n: number }>;
        }
      ).rows[0]?.n ?? 0;
    const before = await rows();
    const donre = await testToken({ role: 'DONRE', sub: 'thanh.tra@stnmt' });
    for (let i = 0; i < 3; i += 1) await ask(hub, inDongAnh.id, donre, 'HS-2026-0142');
    expect((await rows()) - before).toBe(3);

    const trail = await hub.client(donre).request<{
      environmentAuditTrail: { edges: Array<{ node: Record<string, unknown> }> };
    }>(
      '{ environmentAuditTrail(first: 3) { edges { node { subject role purpose outcome fields recordIds prevHash hash } } } }',
    );
    const latest = trail.environmentAuditTrail.edges[0]?.node;
    expect(latest).toMatchObject({
      subject: 'thanh.tra@stnmt',
      role: 'DONRE',
      purpose: 'HS-2026-0142',
      outcome: 'ALLOWED',
      fields: ['Facility.legalRepresentative', 'Person.fullName'],
    });
    // the record read: the facility whose representative it is
    expect(latest?.recordIds).toEqual([inDongAnh.id]);
    // each entry names the hash of the one before it
    expect(trail.environmentAuditTrail.edges[0]?.node.prevHash).toBe(
      trail.environmentAuditTrail.edges[1]?.node.hash,
    );
  });

  it('records a denial, and lets no other agency read DONRE’s trail', async () => {
    const db = hub.subgraphs.environment?.database.db;
    if (!db) throw new Error('environment subgraph');
    await ask(hub, inDongAnh.id, await testToken({ role: 'HIZA', sub: 'can.bo@bqlkcn' }));
    const result = (await db.execute(
      sql`select role, outcome, denied_fields from audit_log order by seq desc limit 1`,
    )) as unknown as { rows: Array<{ role: string; outcome: string; denied_fields: string[] }> };
    expect(result.rows[0]).toEqual({
      role: 'HIZA',
      outcome: 'DENIED',
      denied_fields: ['Facility.legalRepresentative'],
    });

    const police = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await testToken({ role: 'POLICE' })}`,
      },
      body: JSON.stringify({ query: '{ environmentAuditTrail { totalCount } }' }),
    });
    const body = (await police.json()) as {
      data: { environmentAuditTrail: null };
      errors: Array<{ extensions: { code: string } }>;
    };
    expect(body.data.environmentAuditTrail).toBeNull();
    expect(body.errors[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
