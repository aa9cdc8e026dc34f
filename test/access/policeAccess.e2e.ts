import { unitsInScope } from '@ipc-hub/access';
import { ALL_RECORDS_ROLES } from '@ipc-hub/registry';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generatePoliceSeed } from '@ipc-hub/seed/police';
import { gatewayProofHeaders, type TestStack, testToken } from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, bearerOf, deniedPaths } from '../support/postGraphQL';
import { startHub } from '../support/startHub';

const base = generateHanoiSeed();
const seed = generatePoliceSeed(base);

function pick<T>(what: string, items: readonly T[], test: (item: T) => boolean): T {
  const found = items.find(test);
  if (!found) throw new Error(`the seed has no ${what}`);
  return found;
}

/** Đông Anh, the district officer's unit in these tests; Gia Lâm is another district. */
const OWN_UNIT = '017';
const OTHER_UNIT = '018';
/**
 * The units each district's AREA token reaches: the district (records dated
 * before 1/7/2025) and the communes formed from it (records from that day;
 * unitsInScope, docs/units.md).
 */
const ownUnits = new Set(unitsInScope([OWN_UNIT]));
const otherUnits = new Set(unitsInScope([OTHER_UNIT]));
const sanctioned = new Set(seed.sanctions.map((s) => s.violationId));
const ownUnpublished = pick(
  'unpublished violation found by an inspection in Đông Anh',
  seed.violations,
  (v) => ownUnits.has(v.adminUnitCode) && !v.published && v.inspectionId !== null,
);
const otherUnpublished = pick(
  'unpublished violation in Gia Lâm',
  seed.violations,
  (v) => otherUnits.has(v.adminUnitCode) && !v.published,
);
const otherPublished = pick(
  'published, sanctioned violation found by an inspection in Gia Lâm',
  seed.violations,
  (v) =>
    otherUnits.has(v.adminUnitCode) &&
    v.published &&
    v.inspectionId !== null &&
    sanctioned.has(v.id),
);
const caseFile = pick(
  'case file of a published violation',
  seed.caseFiles,
  (c) => seed.violations.find((v) => v.id === c.violationId)?.published === true,
);
const operatorFacility = ownUnpublished.facilityId;
const isOpen = (v: { status: string }) => v.status === 'DETECTED' || v.status === 'SANCTIONED';

/**
 * One field of each class: a published violation's sanction (public), an
 * unpublished violation and its inspection, and the inspections (internal),
 * a case file (case) and its suspects' names (personal).
 */
const EACH_CLASS = `query ($published: ID!, $unpublished: ID!, $withCase: ID!) {
  published: violation(id: $published) { id sanction { decisionNumber } }
  unpublished: violation(id: $unpublished) { id inspection { id } }
  inspections(first: 1) { totalCount }
  withCase: violation(id: $withCase) { id caseFile { criminalCaseRef suspects { fullName } } }
}`;

interface EachClass {
  published: { id: string; sanction: { decisionNumber: string } | null } | null;
  unpublished: { id: string; inspection: { id: string } | null } | null;
  inspections: { totalCount: number } | null;
  withCase: {
    id: string;
    caseFile: { criminalCaseRef: string | null; suspects: Array<{ fullName: string }> } | null;
  } | null;
}

type Claims = Parameters<typeof testToken>[0];

/**
 * docs/access.md for the police's records. `inspections`: how many inspections the
 * role lists (null: denied). The suspects' names are personal data, which
 * DONRE may read elsewhere; here they sit inside a case file, which is the
 * police's alone, so DONRE is denied them with the file.
 */
const TABLE: Array<{
  sentence: string;
  claims: Claims | null;
  internal: boolean;
  inspections: number | null;
  caseAndPersonal: boolean;
}> = [
  {
    sentence: 'the public reads published violations and their sanctions, and nothing internal',
    claims: null,
    internal: false,
    inspections: null,
    caseAndPersonal: false,
  },
  ...ALL_RECORDS_ROLES.filter((role) => role !== 'POLICE').map((role) => ({
    sentence: `${role} reads the internal records too, and neither case files nor suspects`,
    claims: { role },
    internal: true,
    inspections: seed.inspections.length,
    caseAndPersonal: false,
  })),
  {
    sentence: 'the police read every class, case files and suspects included',
    claims: { role: 'POLICE' },
    internal: true,
    inspections: seed.inspections.length,
    caseAndPersonal: true,
  },
  {
    sentence: 'a district officer reads the internal records of its unit, and no case file',
    claims: { role: 'AREA', adminUnits: [OWN_UNIT] },
    internal: true,
    inspections: seed.inspections.filter((i) => ownUnits.has(i.adminUnitCode)).length,
    caseAndPersonal: false,
  },
  {
    sentence: 'an operator reads the internal records of its facility, and no case file',
    claims: { role: 'OPERATOR', facilityIds: [operatorFacility] },
    internal: true,
    inspections: seed.inspections.filter((i) => i.facilityId === operatorFacility).length,
    caseAndPersonal: false,
  },
];

describe("who sees what of the police's records", () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  const gateway = <T>(query: string, variables: Record<string, unknown>, token: string | null) =>
    ask<T>(hub.gatewayUrl, query, variables, bearerOf(token));

  const auditRows = async () => {
    const db = hub.subgraphs.police?.database.db;
    if (!db) throw new Error('police subgraph');
    const result = (await db.execute(sql`select count(*)::int as n from audit_log`)) as unknown as {
      rows: Array<{ n: number }>;
    };
    return result.rows[0]?.n ?? 0;
  };

  const latestAuditRow = async () => {
    const db = hub.subgraphs.police?.database.db;
    if (!db) throw new Error('police subgraph');
    const result = (await db.execute(
      sql`select role, outcome, fields, denied_fields from audit_log order by seq desc limit 1`,
    )) as unknown as {
      rows: Array<{ role: string; outcome: string; fields: string[]; denied_fields: string[] }>;
    };
    return result.rows[0];
  };

  it.each(TABLE.map((row) => [row.sentence, row] as const))(
    '%s',
    async (_, { claims, internal, inspections, caseAndPersonal }) => {
      const answer = await gateway<EachClass>(
        EACH_CLASS,
        {
          published: otherPublished.id,
          unpublished: ownUnpublished.id,
          withCase: caseFile.violationId,
        },
        claims ? await testToken(claims) : null,
      );
      // public: everyone
      expect(answer.data?.published?.sanction?.decisionNumber).toBe(
        seed.sanctions.find((s) => s.violationId === otherPublished.id)?.decisionNumber,
      );
      expect(answer.data?.withCase?.id).toBe(caseFile.violationId);
      // internal: an unpublished violation is out of the public's rows, not an error
      if (internal) {
        expect(answer.data?.unpublished).toEqual({
          id: ownUnpublished.id,
          inspection: { id: ownUnpublished.inspectionId },
        });
      } else {
        expect(answer.data?.unpublished).toBeNull();
      }
      expect(answer.data?.inspections?.totalCount ?? null).toBe(inspections);
      // case and personal
      if (caseAndPersonal) {
        expect(answer.data?.withCase?.caseFile).toEqual({
          criminalCaseRef: caseFile.criminalCaseRef,
          suspects: caseFile.suspects.map((s) => ({ fullName: s.fullName })),
        });
      } else {
        expect(answer.data?.withCase?.caseFile).toBeNull();
      }
      expect(deniedPaths(answer)).toEqual(
        [
          ...(inspections === null ? ['inspections'] : []),
          ...(caseAndPersonal ? [] : ['withCase.caseFile']),
        ].sort(),
      );
    },
  );

  it('shows the public the published violations with their sanctions, and nothing unpublished', async () => {
    const answer = await gateway<{
      violations: {
        totalCount: number;
        edges: Array<{ node: { published: boolean; sanction: { id: string } | null } }>;
      };
      unpublished: { totalCount: number };
      detected: { id: string } | null;
    }>(
      `query ($id: ID!) {
        violations(first: 500) { totalCount edges { node { published sanction { id } } } }
        unpublished: violations(filter: { published: false }) { totalCount }
        detected: violation(id: $id) { id }
      }`,
      { id: otherUnpublished.id },
      null,
    );
    const published = seed.violations.filter((v) => v.published);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.violations.totalCount).toBe(published.length);
    expect(answer.data?.violations.edges).toHaveLength(published.length);
    expect(answer.data?.violations.edges.every((e) => e.node.published)).toBe(true);
    expect(answer.data?.violations.edges.filter((e) => e.node.sanction !== null)).toHaveLength(
      published.filter((v) => sanctioned.has(v.id)).length,
    );
    expect(answer.data?.unpublished.totalCount).toBe(0);
    expect(answer.data?.detected).toBeNull();
  });

  it('shows a district officer its unit’s violations and inspections and the published violations elsewhere, not the others', async () => {
    const area = await testToken({ role: 'AREA', adminUnits: [OWN_UNIT] });
    const otherInspection = pick('inspection in Gia Lâm', seed.inspections, (i) =>
      otherUnits.has(i.adminUnitCode),
    );
    const answer = await gateway<{
      violations: {
        totalCount: number;
        edges: Array<{ node: { published: boolean; adminUnit: { code: string } } }>;
      };
      inspections: { totalCount: number; edges: Array<{ node: { adminUnit: { code: string } } }> };
      elsewhere: { id: string; inspection: unknown } | null;
      hidden: { id: string } | null;
      otherInspection: { id: string } | null;
    }>(
      `query ($published: ID!, $unpublished: ID!, $inspection: ID!) {
        violations(first: 500) { totalCount edges { node { published adminUnit { code } } } }
        inspections(first: 500) { totalCount edges { node { adminUnit { code } } } }
        elsewhere: violation(id: $published) { id inspection { id } }
        hidden: violation(id: $unpublished) { id }
        otherInspection: inspection(id: $inspection) { id }
      }`,
      {
        published: otherPublished.id,
        unpublished: otherUnpublished.id,
        inspection: otherInspection.id,
      },
      area,
    );
    const visible = seed.violations.filter((v) => ownUnits.has(v.adminUnitCode) || v.published);
    expect(answer.data?.violations.totalCount).toBe(visible.length);
    expect(
      answer.data?.violations.edges.every(
        (e) => ownUnits.has(e.node.adminUnit.code) || e.node.published,
      ),
    ).toBe(true);
    expect(answer.data?.inspections.totalCount).toBe(
      seed.inspections.filter((i) => ownUnits.has(i.adminUnitCode)).length,
    );
    expect(answer.data?.inspections.edges.every((e) => ownUnits.has(e.node.adminUnit.code))).toBe(
      true,
    );
    // a published violation elsewhere is public; the inspection that found it is not the officer's
    expect(answer.data?.elsewhere).toEqual({ id: otherPublished.id, inspection: null });
    expect(deniedPaths(answer)).toEqual(['elsewhere.inspection']);
    expect(answer.data?.hidden).toBeNull();
    expect(answer.data?.otherInspection).toBeNull();
  });

  it('shows an operator its own facility’s violations and inspections, and of the others only what is published', async () => {
    const operator = await testToken({ role: 'OPERATOR', facilityIds: [operatorFacility] });
    const answer = await gateway<{
      violations: {
        totalCount: number;
        edges: Array<{ node: { published: boolean; facility: { id: string } } }>;
      };
      inspections: { totalCount: number; edges: Array<{ node: { facility: { id: string } } }> };
    }>(
      `{
        violations(first: 500) { totalCount edges { node { published facility { id } } } }
        inspections(first: 500) { totalCount edges { node { facility { id } } } }
      }`,
      {},
      operator,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.violations.totalCount).toBe(
      seed.violations.filter((v) => v.facilityId === operatorFacility || v.published).length,
    );
    expect(
      answer.data?.violations.edges.every(
        (e) => e.node.facility.id === operatorFacility || e.node.published,
      ),
    ).toBe(true);
    const own = seed.inspections.filter((i) => i.facilityId === operatorFacility);
    expect(own.length).toBeGreaterThan(0);
    expect(answer.data?.inspections.totalCount).toBe(own.length);
    expect(
      answer.data?.inspections.edges.every((e) => e.node.facility.id === operatorFacility),
    ).toBe(true);
  });

  it('counts among a facility’s open violations only those the caller may see', async () => {
    // a facility with open violations, some published and some not
    const facilityId = pick(
      'facility with open violations published and unpublished',
      base.facilities,
      (f) => {
        const open = seed.violations.filter((v) => v.facilityId === f.id && isOpen(v));
        return open.some((v) => v.published) && open.some((v) => !v.published);
      },
    ).id;
    const read = async (token: string | null) =>
      (
        await gateway<{
          facility: { openViolationCount: number; violations: Array<{ id: string }> };
        }>(
          'query ($id: ID!) { facility(id: $id) { openViolationCount violations { id } } }',
          { id: facilityId },
          token,
        )
      ).data?.facility;
    const own = seed.violations.filter((v) => v.facilityId === facilityId);
    const asPublic = await read(null);
    expect(asPublic?.openViolationCount).toBe(own.filter((v) => isOpen(v) && v.published).length);
    expect(asPublic?.violations.map((v) => v.id).sort()).toEqual(
      own
        .filter((v) => v.published)
        .map((v) => v.id)
        .sort(),
    );
    expect((await read(await testToken({ role: 'POLICE' })))?.openViolationCount).toBe(
      own.filter(isOpen).length,
    );
  });

  it('writes exactly one audit row for each request that reads a case file, with who, why and what', async () => {
    const before = await auditRows();
    const investigator = await testToken({ role: 'POLICE', sub: 'dieu.tra.vien@ca.hanoi' });
    const reads = 4;
    for (let i = 0; i < reads; i += 1) {
      const answer = await ask(
        hub.gatewayUrl,
        'query CaseFile($id: ID!) { violation(id: $id) { caseFile { criminalCaseRef suspects { fullName } } } }',
        { id: caseFile.violationId },
        { ...bearerOf(investigator), 'x-purpose': 'VKS-2026-017' },
      );
      expect(answer.errors).toBeUndefined();
    }
    expect((await auditRows()) - before).toBe(reads);

    const trail = await gateway<{
      policeAuditTrail: { edges: Array<{ node: Record<string, unknown> }> };
    }>(
      '{ policeAuditTrail(first: 2) { edges { node { subject role operationName purpose outcome fields deniedFields recordIds prevHash hash } } } }',
      {},
      investigator,
    );
    const [latest, previous] = trail.data?.policeAuditTrail.edges ?? [];
    expect(latest?.node).toMatchObject({
      subject: 'dieu.tra.vien@ca.hanoi',
      role: 'POLICE',
      // the client's operation, as the gateway names its fetch from the police (CaseFile__police__0)
      operationName: expect.stringMatching(/^CaseFile(__police__\d+)?$/),
      purpose: 'VKS-2026-017',
      outcome: 'ALLOWED',
      fields: [
        'CaseFile.criminalCaseRef',
        'CaseFile.suspects',
        'Person.fullName',
        'Violation.caseFile',
      ],
      deniedFields: [],
      // the record read: the violation whose case file it is
      recordIds: [caseFile.violationId],
    });
    // each entry names the hash of the one before it
    expect(latest?.node.prevHash).toBe(previous?.node.hash);
  });

  it('records a denied case-file read, with the role and the field denied', async () => {
    const before = await auditRows();
    await gateway(
      'query ($id: ID!) { violation(id: $id) { caseFile { evidence } } }',
      { id: caseFile.violationId },
      await testToken({ role: 'DONRE' }),
    );
    expect((await auditRows()) - before).toBe(1);
    expect(await latestAuditRow()).toEqual({
      role: 'DONRE',
      outcome: 'DENIED',
      fields: [],
      denied_fields: ['Violation.caseFile'],
    });
  });

  it.each<[string, Claims | null]>([
    ['the public', null],
    ['DONRE', { role: 'DONRE' }],
    ['the city', { role: 'CITY' }],
    ['HIZA', { role: 'HIZA' }],
    ['a district officer', { role: 'AREA', adminUnits: [OWN_UNIT] }],
  ])('lets no one but the police read the police’s audit trail: not %s', async (_, claims) => {
    const answer = await gateway<{ policeAuditTrail: unknown }>(
      '{ policeAuditTrail { totalCount } }',
      {},
      claims ? await testToken(claims) : null,
    );
    expect(answer.data?.policeAuditTrail).toBeNull();
    expect(deniedPaths(answer)).toEqual(['policeAuditTrail']);
  });

  it('gives a direct call to the police subgraph with a forged role header and no token public data only', async () => {
    const url = hub.subgraphs.police?.http.url;
    if (!url) throw new Error('police subgraph');
    const answer = await ask<{
      violations: { totalCount: number };
      inspections: unknown;
      withCase: { caseFile: unknown } | null;
    }>(
      url,
      `query ($id: ID!) {
        violations(first: 1) { totalCount }
        inspections(first: 1) { totalCount }
        withCase: violation(id: $id) { caseFile { evidence } }
      }`,
      { id: caseFile.violationId },
      {
        ...gatewayProofHeaders('police'),
        'x-role': 'POLICE',
        'x-user-role': 'POLICE',
        'x-hub-role': 'POLICE',
      },
    );
    expect(answer.data?.violations.totalCount).toBe(
      seed.violations.filter((v) => v.published).length,
    );
    expect(answer.data?.inspections).toBeNull();
    expect(answer.data?.withCase).toEqual({ caseFile: null });
    expect(deniedPaths(answer)).toEqual(['inspections', 'withCase.caseFile']);
    // and the trail names the caller for what it is
    expect(await latestAuditRow()).toMatchObject({ role: 'PUBLIC', outcome: 'DENIED' });
  });
});
