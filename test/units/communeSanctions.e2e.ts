import { generateHanoiSeed } from '@ipc-hub/seed';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { hanoiUnit } from '@ipc-hub/units';
import type { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal';
import { startHub } from '../support/startHub';

const RECORD = `mutation ($input: RecordViolationInput!) {
  recordViolation(input: $input) {
    id adminUnit { code } detectedBy { kind name adminUnit { code } } sanctionedBy { kind }
  }
}`;
const ISSUE = `mutation ($input: IssueSanctionInput!) {
  issueSanction(input: $input) {
    id fineVnd sanctionedBy { kind name adminUnit { code } }
    violation { id status sanctionedBy { kind adminUnit { code } } }
  }
}`;
const VIOLATION = `query ($id: ID!) { violation(id: $id) { id adminUnit { code } detectedBy { kind } } }`;
const COUNT = `query ($facilityId: ID!) { violations(filter: { facilityId: $facilityId }) { totalCount } }`;
const TRAIL =
  '{ policeAuditTrail(first: 5) { edges { node { subject role outcome fields recordIds } } } }';

const seed = generateHanoiSeed();
/** Xã Thư Lâm (00475), formed from Đông Anh alone, and a facility operating in it. */
const COMMUNE = '00475';
const here = seed.facilities.find((f) => f.adminUnitCode === COMMUNE && f.status === 'OPERATING');
/** A facility in another commune, formed from another district. */
const elsewhere = seed.facilities.find(
  (f) =>
    f.status === 'OPERATING' &&
    hanoiUnit(f.adminUnitCode)?.level === 'COMMUNE' &&
    !hanoiUnit(f.adminUnitCode)?.formedFrom.includes('017'),
);
let decisions = 7100;

const hazardousWaste = (facilityId: string | undefined, detectedOn = '2026-03-02') => ({
  facilityId,
  detectedOn,
  category: 'HAZARDOUS_WASTE',
  legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 29, khoản 5',
});

interface Recorded {
  recordViolation: {
    id: string;
    adminUnit: { code: string };
    detectedBy: { kind: string; name: string; adminUnit: { code: string } | null };
    sanctionedBy: { kind: string } | null;
  };
}

/**
 * Who may record a violation and sanction it since 1/7/2025 (docs/units.md):
 * a commune People's Committee chairman's office (AREA) in its commune,
 * within Nghị định 189/2025's cap; DONRE's inspectorate in the city within
 * its own; the police keep the register.
 */
describe("a commune officer and DONRE's inspectorate in the police's register", () => {
  let hub: TestStack;
  let commune: GraphQLClient;
  let district: GraphQLClient;
  let donre: GraphQLClient;
  let police: GraphQLClient;
  beforeAll(async () => {
    expect(here, 'a facility operating in Xã Thư Lâm').toBeDefined();
    expect(elsewhere, 'a facility in a commune not formed from Đông Anh').toBeDefined();
    hub = await startHub();
    commune = hub.client(
      await testToken({ role: 'AREA', adminUnits: [COMMUNE], sub: 'ubnd-thu-lam' }),
    );
    district = hub.client(await testToken({ role: 'AREA', adminUnits: ['017'] }));
    donre = hub.client(await testToken({ role: 'DONRE', sub: 'thanh-tra-donre' }));
    police = hub.client(await testToken({ role: 'POLICE' }));
  });
  afterAll(() => hub?.close());

  const count = async (facilityId: string | undefined) =>
    (await police.request<{ violations: { totalCount: number } }>(COUNT, { facilityId })).violations
      .totalCount;

  const decision = (violationId: string, fineVnd: string | null, change = {}) => ({
    violationId,
    decisionNumber: `${decisions++}/QĐ-XPHC`,
    decidedOn: '2026-03-10',
    decidingAuthority: 'Chủ tịch Ủy ban nhân dân xã Thư Lâm',
    ...(fineVnd === null ? {} : { fineVnd }),
    ...change,
  });

  it('records a violation at a facility in its commune, said to be found by the commune chairman, and audited', async () => {
    const { recordViolation } = await commune.request<Recorded>(RECORD, {
      input: hazardousWaste(here?.id),
    });
    expect(recordViolation.adminUnit.code).toBe(COMMUNE);
    expect(recordViolation.detectedBy).toEqual({
      kind: 'COMMUNE_CHAIRMAN',
      name: 'Chủ tịch Ủy ban nhân dân xã Thư Lâm',
      adminUnit: { code: COMMUNE },
    });
    expect(recordViolation.sanctionedBy).toBeNull();
    const trail = await police.request<{
      policeAuditTrail: { edges: { node: Record<string, unknown> }[] };
    }>(TRAIL);
    expect(trail.policeAuditTrail.edges.map((e) => e.node)).toContainEqual({
      subject: 'ubnd-thu-lam',
      role: 'AREA',
      outcome: 'ALLOWED',
      fields: ['Mutation.recordViolation'],
      recordIds: [recordViolation.id],
    });
  });

  it('refuses a facility outside its commune with FORBIDDEN in both languages, and writes nothing', async () => {
    const before = await count(elsewhere?.id);
    const error = await refusal(commune.request(RECORD, { input: hazardousWaste(elsewhere?.id) }));
    expect(error?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.facilityId' });
    const text = `${error?.message} ${JSON.stringify(error?.extensions)}`;
    expect(text).toContain('ngoài xã, phường của anh/chị');
    expect(text).toContain('outside your communes');
    expect(await count(elsewhere?.id)).toBe(before);
  });

  it("gives a former district's code no power to record: the district's chairman is gone", async () => {
    const before = await count(here?.id);
    const error = await refusal(district.request(RECORD, { input: hazardousWaste(here?.id) }));
    expect(error?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.facilityId' });
    expect(await count(here?.id)).toBe(before);
  });

  it('refuses a violation detected before the commune existed', async () => {
    const error = await refusal(
      commune.request(RECORD, { input: hazardousWaste(here?.id, '2025-06-30') }),
    );
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.detectedOn',
    });
  });

  it("sanctions within the commune chairman's power and refuses a fine above it", async () => {
    const { recordViolation } = await commune.request<Recorded>(RECORD, {
      input: hazardousWaste(here?.id),
    });
    const above = await refusal(
      commune.request(ISSUE, { input: decision(recordViolation.id, '1000000001') }),
    );
    expect(above?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fineVnd' });
    const text = `${above?.message} ${JSON.stringify(above?.extensions)}`;
    expect(text).toContain('Nghị định 189/2025/NĐ-CP, Điều 5, khoản 1');
    expect(text).toContain('vượt thẩm quyền');
    expect(text).toContain("exceeds this authority's power of 1000000000 VND");

    const { issueSanction } = await commune.request<{
      issueSanction: {
        fineVnd: string;
        sanctionedBy: { kind: string; name: string; adminUnit: { code: string } };
        violation: { status: string; sanctionedBy: { kind: string; adminUnit: { code: string } } };
      };
    }>(ISSUE, { input: decision(recordViolation.id, '1000000000') });
    expect(issueSanction.fineVnd).toBe('1000000000');
    expect(issueSanction.sanctionedBy).toEqual({
      kind: 'COMMUNE_CHAIRMAN',
      name: 'Chủ tịch Ủy ban nhân dân xã Thư Lâm',
      adminUnit: { code: COMMUNE },
    });
    expect(issueSanction.violation).toMatchObject({
      status: 'SANCTIONED',
      sanctionedBy: { kind: 'COMMUNE_CHAIRMAN', adminUnit: { code: COMMUNE } },
    });
  });

  it('refuses to sanction a violation outside its commune exactly as one that does not exist', async () => {
    const { recordViolation } = await police.request<Recorded>(RECORD, {
      input: hazardousWaste(elsewhere?.id),
    });
    const outside = await refusal(
      commune.request(ISSUE, { input: decision(recordViolation.id, '1000000') }),
    );
    const nobody = await refusal(
      commune.request(ISSUE, {
        input: decision('00000000-0000-4000-8000-000000000000', '1000000'),
      }),
    );
    expect(outside?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.violationId' });
    expect(nobody).toEqual(outside);
    const { violation } = await police.request<{ violation: { id: string } }>(VIOLATION, {
      id: recordViolation.id,
    });
    expect(violation.id).toBe(recordViolation.id);
    const still = await police.request<{ violation: { detectedBy: { kind: string } } }>(VIOLATION, {
      id: recordViolation.id,
    });
    expect(still.violation.detectedBy.kind).toBe('POLICE');
  });

  it("lets DONRE's inspectorate record anywhere in the city and sanction within its own power", async () => {
    const { recordViolation } = await donre.request<Recorded>(RECORD, {
      input: hazardousWaste(elsewhere?.id),
    });
    expect(recordViolation.detectedBy).toMatchObject({
      kind: 'DONRE_INSPECTORATE',
      adminUnit: null,
    });
    const above = await refusal(
      donre.request(ISSUE, { input: decision(recordViolation.id, '1600000001') }),
    );
    expect(above?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fineVnd' });
    const { issueSanction } = await donre.request<{
      issueSanction: { sanctionedBy: { kind: string } };
    }>(ISSUE, { input: decision(recordViolation.id, '1600000000') });
    expect(issueSanction.sanctionedBy.kind).toBe('DONRE_INSPECTORATE');
  });
});

/** A record keeps the unit in force on its own date (docs/units.md). */
describe('a violation recorded now for a date before the reform', () => {
  let hub: TestStack;
  let police: GraphQLClient;
  beforeAll(async () => {
    hub = await startHub();
    police = hub.client(await testToken({ role: 'POLICE' }));
  });
  afterAll(() => hub?.close());

  it.each([
    ['2019-05-14', '017'],
    ['2025-06-30', '017'],
    ['2025-07-01', COMMUNE],
  ])('detected on %s is kept in %s, and area officers see it by that rule', async (day, unit) => {
    const { recordViolation } = await police.request<Recorded>(RECORD, {
      input: hazardousWaste(here?.id, day),
    });
    expect(recordViolation.adminUnit.code).toBe(unit);
    const seenBy = async (adminUnits: string[]) => {
      const area = hub.client(await testToken({ role: 'AREA', adminUnits }));
      const { violation } = await area.request<{ violation: { id: string } | null }>(VIOLATION, {
        id: recordViolation.id,
      });
      return violation?.id ?? null;
    };
    // the former district reaches its own records before the reform and its communes' after
    expect(await seenBy(['017'])).toBe(recordViolation.id);
    // the commune only its own: none of the district's records from before
    expect(await seenBy([COMMUNE])).toBe(unit === COMMUNE ? recordViolation.id : null);
    // another district's officer sees neither
    expect(await seenBy(['250'])).toBeNull();
  });
});
