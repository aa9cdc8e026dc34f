import { generateHanoiSeed } from '@ipc-hub/seed';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal as refusalOf } from '../support/refusal';
import { startHub } from '../support/startHub';
import { RECORD_INSPECTION, RECORD_VIOLATION } from './support/operations';

const seed = generateHanoiSeed();
const [facility, otherFacility] = seed.facilities.filter((f) => f.status === 'OPERATING');

const valid = {
  facilityId: facility?.id,
  detectedOn: '2026-03-14',
  category: 'WASTEWATER_EXCEEDANCE',
  legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 18, khoản 2',
  description: 'Xả nước thải vượt QCVN 40:2011/BTNMT cột B: COD vượt 1,3 lần',
  exceedanceFactor: 1.3,
  parameter: 'COD',
  dischargeM3PerDay: 35,
};

describe('recordViolation', () => {
  let hub: TestStack;
  let police: string;
  beforeAll(async () => {
    hub = await startHub();
    police = await testToken({ role: 'POLICE' });
  });
  afterAll(() => hub?.close());

  const countFor = async (facilityId = facility?.id) =>
    (
      await hub
        .client(police)
        .request<{ violations: { totalCount: number } }>(
          'query ($id: ID!) { violations(filter: { facilityId: $id }) { totalCount } }',
          { id: facilityId },
        )
    ).violations.totalCount;

  it("records a detected, unpublished violation in the facility's administrative unit", async () => {
    const before = await countFor();
    const { recordViolation } = await hub
      .client(police)
      .request<{ recordViolation: Record<string, unknown> }>(RECORD_VIOLATION, { input: valid });
    const unit = await hub
      .client(police)
      .request<{ facility: { name: string; adminUnit: { code: string } } }>(
        'query ($id: ID!) { facility(id: $id) { name adminUnit { code } } }',
        { id: facility?.id },
      );
    expect(recordViolation).toMatchObject({
      detectedOn: valid.detectedOn,
      category: 'WASTEWATER_EXCEEDANCE',
      legalBasis: valid.legalBasis,
      description: valid.description,
      parameter: 'COD',
      exceedanceFactor: 1.3,
      dischargeM3PerDay: 35,
      status: 'DETECTED',
      published: false,
      facility: { id: facility?.id, name: facility?.name },
      adminUnit: { code: unit.facility.adminUnit.code },
      inspection: null,
      sanction: null,
    });
    expect(await countFor()).toBe(before + 1);
  });

  it('accepts exactly the fields the contract (docs/contract.md) fixes, without the additions', async () => {
    const { recordViolation } = await hub
      .client(police)
      .request<{ recordViolation: { category: string; exceedanceFactor: null } }>(
        RECORD_VIOLATION,
        {
          input: {
            facilityId: facility?.id,
            detectedOn: '2026-02-01',
            category: 'NO_PERMIT',
            legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 15, khoản 2',
          },
        },
      );
    expect(recordViolation).toMatchObject({ category: 'NO_PERMIT', exceedanceFactor: null });
  });

  it('links a violation to the inspection that found it, whose outcome then says so', async () => {
    const { recordInspection } = await hub
      .client(police)
      .request<{ recordInspection: { id: string; outcome: string } }>(RECORD_INSPECTION, {
        input: {
          facilityId: facility?.id,
          conductedOn: '2026-04-02',
          kind: 'SURPRISE',
          outcome: 'NO_VIOLATION',
          findings: 'Lấy mẫu nước thải, chờ kết quả phân tích',
        },
      });
    const { recordViolation } = await hub
      .client(police)
      .request<{ recordViolation: { id: string; inspection: unknown } }>(RECORD_VIOLATION, {
        input: { ...valid, detectedOn: '2026-04-10', inspectionId: recordInspection.id },
      });
    expect(recordViolation.inspection).toEqual({
      id: recordInspection.id,
      outcome: 'VIOLATIONS_FOUND',
    });
    const { inspection } = await hub
      .client(police)
      .request<{ inspection: { violations: Array<{ id: string }> } }>(
        'query ($id: ID!) { inspection(id: $id) { violations { id } } }',
        { id: recordInspection.id },
      );
    expect(inspection.violations).toEqual([{ id: recordViolation.id }]);
  });

  it.each([
    [
      'a facility DONRE does not have',
      { facilityId: '00000000-0000-4000-8000-000000000000' },
      'input.facilityId',
    ],
    ['a facility id that is no id at all', { facilityId: 'co-so-1' }, 'input.facilityId'],
    ['a detection date in the future', { detectedOn: '2999-01-01' }, 'input.detectedOn'],
    ['an exceedance of the limit itself', { exceedanceFactor: 1 }, 'input.exceedanceFactor'],
    ['an empty legal basis', { legalBasis: '   ' }, 'input.legalBasis'],
    [
      'an exceedance factor on a finding that is no discharge',
      { category: 'HAZARDOUS_WASTE', parameter: null, dischargeM3PerDay: null },
      'input.exceedanceFactor',
    ],
    [
      'a parameter on a finding that is no discharge',
      { category: 'NO_PERMIT', exceedanceFactor: null, dischargeM3PerDay: null },
      'input.parameter',
    ],
    [
      'a wastewater flow on an emission finding',
      { category: 'EMISSION_EXCEEDANCE' },
      'input.dischargeM3PerDay',
    ],
    ['a negative flow', { dischargeM3PerDay: -5 }, 'input.dischargeM3PerDay'],
  ])('refuses %s as BAD_USER_INPUT naming the field, writing nothing', async (_, change, field) => {
    const before = await countFor();
    const error = await refusalOf(
      hub.client(police).request(RECORD_VIOLATION, { input: { ...valid, ...change } }),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error?.message).toMatch(/ \/ /); // Vietnamese / English
    expect(await countFor()).toBe(before);
  });

  it('refuses an inspection of another facility, and a detection before the inspection', async () => {
    const { recordInspection } = await hub
      .client(police)
      .request<{ recordInspection: { id: string } }>(RECORD_INSPECTION, {
        input: {
          facilityId: otherFacility?.id,
          conductedOn: '2026-05-05',
          kind: 'SCHEDULED',
          outcome: 'NO_VIOLATION',
        },
      });
    const before = await countFor();
    const elsewhere = await refusalOf(
      hub.client(police).request(RECORD_VIOLATION, {
        input: { ...valid, detectedOn: '2026-05-06', inspectionId: recordInspection.id },
      }),
    );
    expect(elsewhere?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.inspectionId',
    });
    const early = await refusalOf(
      hub.client(police).request(RECORD_VIOLATION, {
        input: {
          ...valid,
          facilityId: otherFacility?.id,
          detectedOn: '2026-05-01',
          inspectionId: recordInspection.id,
        },
      }),
    );
    expect(early?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.detectedOn' });
    expect(await countFor()).toBe(before);
    expect(await countFor(otherFacility?.id)).toBe(
      seed.violations.filter((v) => v.facilityId === otherFacility?.id).length,
    );
    const { inspection } = await hub
      .client(police)
      .request<{ inspection: { outcome: string } }>(
        'query ($id: ID!) { inspection(id: $id) { outcome } }',
        { id: recordInspection.id },
      );
    expect(inspection.outcome).toBe('NO_VIOLATION');
  });

  it('refuses an inspection that does not exist as NOT_FOUND', async () => {
    const error = await refusalOf(
      hub.client(police).request(RECORD_VIOLATION, {
        input: { ...valid, inspectionId: '00000000-0000-4000-8000-000000000000' },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.inspectionId' });
  });

  // DONRE's inspectorate and a commune's officer record within their powers (test/units/communeSanctions.e2e.ts);
  // an officer of a former district has no commune to act in
  it.each(['HIZA', 'CITY', 'AREA'] as const)('refuses a %s token as FORBIDDEN', async (role) => {
    const before = await countFor();
    const token = await testToken(role === 'AREA' ? { role, adminUnits: ['017'] } : { role });
    const error = await refusalOf(hub.client(token).request(RECORD_VIOLATION, { input: valid }));
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    expect(await countFor()).toBe(before);
  });

  it('refuses the public as FORBIDDEN', async () => {
    const error = await refusalOf(hub.client().request(RECORD_VIOLATION, { input: valid }));
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });

  it('writes nothing while DONRE cannot say whether the facility exists', async () => {
    const before = await countFor();
    await hub.stopSubgraph('environment');
    const error = await refusalOf(hub.client(police).request(RECORD_VIOLATION, { input: valid }));
    expect(error?.extensions?.code).toBe('AGENCY_UNAVAILABLE');
    expect(await countFor()).toBe(before);
  });
});
