import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateEnvironmentSeed } from '@ipc-hub/seed/environment';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal';
import { startHub } from '../support/startHub';

const base = generateHanoiSeed();
const own = generateEnvironmentSeed(base);

const RECORD = `mutation ($input: RecordApprovalInput!) {
  recordApproval(input: $input) { id kind decisionNumber issuedOn validUntil status statusOn(date: "2030-01-01") facility { id } }
}`;

describe('environmental approvals', () => {
  let hub: TestStack;
  let donre: string;
  const facility = base.facilities[30];
  beforeAll(async () => {
    hub = await startHub();
    donre = await testToken({ role: 'DONRE' });
  });
  afterAll(() => hub?.close());

  it("lists a facility's approvals newest first, as the seed recorded them", async () => {
    const withApprovals = own.approvals[0]?.facilityId;
    const expected = own.approvals
      .filter((a) => a.facilityId === withApprovals)
      .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || b.id.localeCompare(a.id));
    const data = await hub
      .client(donre)
      .request<{ facility: { approvals: Array<{ id: string }> } }>(
        'query ($id: ID!) { facility(id: $id) { approvals { id } } }',
        { id: withApprovals },
      );
    expect(data.facility.approvals.map((a) => a.id)).toEqual(expected.map((a) => a.id));
  });

  it('records an environmental permit, valid now and expired after its term', async () => {
    const data = await hub
      .client(donre)
      .request<{ recordApproval: Record<string, unknown> }>(RECORD, {
        input: {
          facilityId: facility?.id,
          kind: 'ENVIRONMENTAL_PERMIT',
          decisionNumber: '318/GPMT-STNMT',
          issuingAuthority: 'Sở Tài nguyên và Môi trường Hà Nội',
          issuedOn: '2024-05-20',
          validUntil: '2029-05-19',
        },
      });
    expect(data.recordApproval).toMatchObject({
      kind: 'ENVIRONMENTAL_PERMIT',
      status: 'VALID',
      statusOn: 'EXPIRED',
      facility: { id: facility?.id },
    });
  });

  it.each([
    ['a permit without an end date', { validUntil: null }, 'input.validUntil'],
    ['a permit for more than ten years', { validUntil: '2036-01-01' }, 'input.validUntil'],
    ['an end before the issue date', { validUntil: '2023-01-01' }, 'input.validUntil'],
    [
      'an issue date in the future',
      { issuedOn: '2999-01-01', validUntil: '2999-06-01' },
      'input.issuedOn',
    ],
    ['a malformed decision number', { decisionNumber: 'quyết định số 5' }, 'input.decisionNumber'],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_, change, field) => {
    const error = await refusal(
      hub.client(donre).request(RECORD, {
        input: {
          facilityId: facility?.id,
          kind: 'ENVIRONMENTAL_PERMIT',
          decisionNumber: '319/GPMT-STNMT',
          issuingAuthority: 'Sở Tài nguyên và Môi trường Hà Nội',
          issuedOn: '2024-05-20',
          validUntil: '2029-05-19',
          ...change,
        },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses an approval for a facility that does not exist as NOT_FOUND', async () => {
    const error = await refusal(
      hub.client(donre).request(RECORD, {
        input: {
          facilityId: '00000000-0000-4000-8000-000000000001',
          kind: 'PROTECTION_PLAN',
          decisionNumber: '12/XN-UBND',
          issuingAuthority: 'UBND huyện Đông Anh',
          issuedOn: '2020-01-02',
        },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.facilityId' });
  });

  it('revokes an approval once, and records a post-approval inspection after its issue only', async () => {
    const approval = own.approvals.find((a) => !a.revokedOn && a.issuedOn < '2020-01-01');
    if (!approval) throw new Error('seed');
    const revoke = `mutation ($id: ID!, $on: Date!) { revokeApproval(input: { approvalId: $id, revokedOn: $on }) { status revokedOn } }`;
    const revoked = await hub
      .client(donre)
      .request<{ revokeApproval: { status: string } }>(revoke, {
        id: approval.id,
        on: '2025-01-15',
      });
    expect(revoked.revokeApproval).toEqual({ status: 'REVOKED', revokedOn: '2025-01-15' });
    const again = await refusal(
      hub.client(donre).request(revoke, { id: approval.id, on: '2025-02-01' }),
    );
    expect(again?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.approvalId' });

    const inspect = `mutation ($input: RecordPostApprovalInspectionInput!) { recordPostApprovalInspection(input: $input) { postApprovalInspections { inspectedOn treatmentCompliant findings } } }`;
    const early = await refusal(
      hub.client(donre).request(inspect, {
        input: { approvalId: approval.id, inspectedOn: '1990-01-01', treatmentCompliant: true },
      }),
    );
    expect(early?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.inspectedOn' });
    const data = await hub.client(donre).request<{
      recordPostApprovalInspection: {
        postApprovalInspections: Array<{ inspectedOn: string; findings: string | null }>;
      };
    }>(inspect, {
      input: {
        approvalId: approval.id,
        inspectedOn: '2024-10-02',
        treatmentCompliant: false,
        findings: 'Hệ thống xử lý nước thải không vận hành',
      },
    });
    expect(data.recordPostApprovalInspection.postApprovalInspections).toContainEqual({
      inspectedOn: '2024-10-02',
      treatmentCompliant: false,
      findings: 'Hệ thống xử lý nước thải không vận hành',
    });
  });

  it('filters approvals by status today', async () => {
    const data = await hub
      .client(donre)
      .request<{ approvals: { totalCount: number; edges: Array<{ node: { status: string } }> } }>(
        '{ approvals(filter: { status: EXPIRED }, first: 100) { totalCount edges { node { status } } } }',
      );
    expect(data.approvals.totalCount).toBeGreaterThan(0);
    expect(data.approvals.edges.every((e) => e.node.status === 'EXPIRED')).toBe(true);
  });
});

describe('hazardous waste', () => {
  let hub: TestStack;
  let donre: string;
  beforeAll(async () => {
    hub = await startHub();
    donre = await testToken({ role: 'DONRE' });
  });
  afterAll(() => hub?.close());

  const SUBMIT = `mutation ($input: SubmitHazardousWasteReportInput!) {
    submitHazardousWasteReport(input: $input) { period periodStart periodEnd generatedKg treatedKg licensedUnit }
  }`;
  const registration = own.hazardousWasteRegistrations.find(
    (r) => !own.hazardousWasteReports.some((p) => p.registrationId === r.id && p.period === '2025'),
  );

  it("lets the facility's operator submit its yearly report", async () => {
    if (!registration) throw new Error('seed');
    const operator = await testToken({ role: 'OPERATOR', facilityIds: [registration.facilityId] });
    const data = await hub
      .client(operator)
      .request<{ submitHazardousWasteReport: unknown }>(SUBMIT, {
        input: {
          registrationId: registration.id,
          period: '2025',
          generatedKg: 1200,
          treatedKg: 1100,
          licensedUnit: 'Công ty Cổ phần Môi trường Thuận Thành',
        },
      });
    expect(data.submitHazardousWasteReport).toEqual({
      period: '2025',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      generatedKg: 1200,
      treatedKg: 1100,
      licensedUnit: 'Công ty Cổ phần Môi trường Thuận Thành',
    });
    const twice = await refusal(
      hub.client(operator).request(SUBMIT, {
        input: { registrationId: registration.id, period: '2025', generatedKg: 1, treatedKg: 0 },
      }),
    );
    expect(twice?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.period' });
  });

  it("refuses an operator's report for another facility's registration as FORBIDDEN", async () => {
    if (!registration) throw new Error('seed');
    const other = base.facilities.find((f) => f.id !== registration.facilityId);
    const operator = await testToken({ role: 'OPERATOR', facilityIds: [other?.id ?? ''] });
    const error = await refusal(
      hub.client(operator).request(SUBMIT, {
        input: {
          registrationId: registration.id,
          period: '2024',
          generatedKg: 10,
          treatedKg: 5,
          licensedUnit: 'URENCO',
        },
      }),
    );
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    [
      'more treated than generated',
      { generatedKg: 10, treatedKg: 11, licensedUnit: 'URENCO' },
      'input.treatedKg',
    ],
    ['treatment without a licensed unit', { generatedKg: 10, treatedKg: 5 }, 'input.licensedUnit'],
    [
      'a year not yet over',
      { period: String(new Date().getUTCFullYear()), generatedKg: 1, treatedKg: 0 },
      'input.period',
    ],
    ['a negative amount', { generatedKg: -5, treatedKg: 0 }, 'input.generatedKg'],
  ])('refuses a report with %s', async (_, change, field) => {
    const error = await refusal(
      hub.client(donre).request(SUBMIT, {
        input: { registrationId: registration?.id, period: '2019', ...change },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('registers a source with its waste streams, once per facility', async () => {
    const unregistered = base.facilities.find(
      (f) => !own.hazardousWasteRegistrations.some((r) => r.facilityId === f.id),
    );
    const register = `mutation ($input: RegisterHazardousWasteSourceInput!) { registerHazardousWasteSource(input: $input) { code issuedOn streams { wasteCode name expectedKgPerYear } reports { period } facility { id } } }`;
    const input = {
      facilityId: unregistered?.id,
      code: '01.009876.T',
      issuedOn: '2023-06-01',
      streams: [
        { wasteCode: '16 01 06', name: 'Bóng đèn huỳnh quang thải', expectedKgPerYear: 120 },
      ],
    };
    const data = await hub
      .client(donre)
      .request<{ registerHazardousWasteSource: unknown }>(register, { input });
    expect(data.registerHazardousWasteSource).toEqual({
      code: '01.009876.T',
      issuedOn: '2023-06-01',
      streams: input.streams,
      reports: [],
      facility: { id: unregistered?.id },
    });
    const again = await refusal(
      hub.client(donre).request(register, { input: { ...input, code: '01.009877.T' } }),
    );
    expect(again?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.facilityId' });
    const badCode = await refusal(
      hub.client(donre).request(register, {
        input: {
          ...input,
          streams: [{ wasteCode: '160106', name: 'x y z', expectedKgPerYear: 1 }],
        },
      }),
    );
    expect(badCode?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.streams.0.wasteCode',
    });
  });
});
