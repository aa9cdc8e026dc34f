import { generateHanoiSeed } from '@ipc-hub/seed';
import { generatePoliceSeed } from '@ipc-hub/seed/police';
import { type TestStack, testToken } from '@ipc-hub/testing';
import type { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal as refusalOf } from '../support/refusal';
import { startHub } from '../support/startHub';
import {
  CHANGE_STATUS,
  ISSUE_SANCTION,
  RECORD_PAYMENT,
  RECORD_VIOLATION,
  VIOLATION,
} from './support/operations';

const seed = generateHanoiSeed();
const police = generatePoliceSeed(seed);
const facility = seed.facilities.find((f) => f.status === 'OPERATING');
const DIRECTOR = 'Giám đốc Công an thành phố Hà Nội';
let decisions = 9000;

/** A detected violation without a fine band of its own (hazardous waste). */
const hazardousWaste = {
  facilityId: facility?.id,
  detectedOn: '2026-03-02',
  category: 'HAZARDOUS_WASTE',
  legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 29, khoản 5',
};

/** Wastewater 1.1–1.5 times the limit at 15 m³/day: 2–5 million (individual), 4–10 (organisation). */
const smallExceedance = {
  facilityId: facility?.id,
  detectedOn: '2026-03-02',
  category: 'WASTEWATER_EXCEEDANCE',
  legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 18, khoản 2',
  exceedanceFactor: 1.3,
  parameter: 'TSS',
  dischargeM3PerDay: 15,
};

describe('issueSanction and recordFinePayment', () => {
  let hub: TestStack;
  let officer: GraphQLClient;
  beforeAll(async () => {
    hub = await startHub();
    officer = hub.client(await testToken({ role: 'POLICE' }));
  });
  afterAll(() => hub?.close());

  async function detected(input: Record<string, unknown> = hazardousWaste): Promise<string> {
    const { recordViolation } = await officer.request<{ recordViolation: { id: string } }>(
      RECORD_VIOLATION,
      { input },
    );
    return recordViolation.id;
  }

  function decision(
    violationId: string,
    change: Record<string, unknown> = {},
  ): Record<string, unknown> & { decisionNumber: string } {
    decisions += 1;
    return {
      violationId,
      decisionNumber: `${decisions}/QĐ-XPHC`,
      decidedOn: '2026-03-20',
      decidingAuthority: DIRECTOR,
      fineVnd: '150000000',
      ...change,
    };
  }

  const violationState = async (id: string) =>
    (
      await officer.request<{ violation: { status: string; sanction: unknown } }>(VIOLATION, {
        id,
      })
    ).violation;

  it('issues a decision with the maximum fine exactly, and the violation becomes SANCTIONED', async () => {
    const id = await detected();
    const input = decision(id, {
      fineVnd: '2000000000',
      suspensionMonths: 6,
      otherPenalties: ['Tịch thu tang vật, phương tiện được sử dụng để vi phạm hành chính'],
      remedialMeasures: [
        'Buộc chuyển giao chất thải nguy hại cho đơn vị có giấy phép xử lý chất thải nguy hại',
      ],
    });
    const { issueSanction } = await officer.request<{ issueSanction: Record<string, unknown> }>(
      ISSUE_SANCTION,
      { input },
    );
    expect(issueSanction).toMatchObject({
      decisionNumber: input.decisionNumber,
      decidedOn: '2026-03-20',
      decidingAuthority: DIRECTOR,
      fineVnd: '2000000000',
      suspensionMonths: 6,
      otherPenalties: input.otherPenalties,
      remedialMeasures: input.remedialMeasures,
      paidOn: null,
      violation: { id, status: 'SANCTIONED' },
    });
    expect(await violationState(id)).toMatchObject({
      status: 'SANCTIONED',
      sanction: { id: issueSanction.id, fineVnd: '2000000000', paidOn: null },
    });
  });

  it('issues a warning without a fine', async () => {
    const id = await detected({ ...smallExceedance, exceedanceFactor: 1.05 });
    const { issueSanction } = await officer.request<{ issueSanction: { fineVnd: null } }>(
      ISSUE_SANCTION,
      { input: decision(id, { fineVnd: null }) },
    );
    expect(issueSanction.fineVnd).toBeNull();
    expect((await violationState(id)).status).toBe('SANCTIONED');
  });

  it("accepts a fine inside the decree's band for the flow", async () => {
    const id = await detected(smallExceedance);
    const { issueSanction } = await officer.request<{ issueSanction: { fineVnd: string } }>(
      ISSUE_SANCTION,
      { input: decision(id, { fineVnd: '8000000' }) },
    );
    expect(issueSanction.fineVnd).toBe('8000000');
  });

  it("holds an organisation to twice the individual's band (4–10 million at 15 m³/day), an individual to 2–5", async () => {
    const organisation = await detected({ ...smallExceedance, offenderKind: 'ORGANIZATION' });
    const tooLittle = await refusalOf(
      officer.request(ISSUE_SANCTION, { input: decision(organisation, { fineVnd: '3000000' }) }),
    );
    expect(tooLittle?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fineVnd' });
    expect(tooLittle?.message).toContain('tổ chức');
    expect(await violationState(organisation)).toMatchObject({
      status: 'DETECTED',
      sanction: null,
    });
    const { issueSanction } = await officer.request<{ issueSanction: { fineVnd: string } }>(
      ISSUE_SANCTION,
      { input: decision(organisation, { fineVnd: '4000000' }) },
    );
    expect(issueSanction.fineVnd).toBe('4000000');

    const individual = await detected({ ...smallExceedance, offenderKind: 'INDIVIDUAL' });
    const tooMuch = await refusalOf(
      officer.request(ISSUE_SANCTION, { input: decision(individual, { fineVnd: '5000001' }) }),
    );
    expect(tooMuch?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fineVnd' });
    const { violation } = await officer.request<{
      violation: { offenderKind: string; repeatOffence: boolean };
    }>(`query ($id: ID!) { violation(id: $id) { offenderKind repeatOffence } }`, {
      id: individual,
    });
    expect(violation).toEqual({ offenderKind: 'INDIVIDUAL', repeatOffence: false });
  });

  it('fines a repeat offence under 1.1 times at the flow band, where a first one is only warned', async () => {
    const first = await detected({
      ...smallExceedance,
      exceedanceFactor: 1.05,
      offenderKind: 'INDIVIDUAL',
    });
    const refused = await refusalOf(
      officer.request(ISSUE_SANCTION, { input: decision(first, { fineVnd: '3000000' }) }),
    );
    expect(refused?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fineVnd' });
    const repeat = await detected({
      ...smallExceedance,
      exceedanceFactor: 1.05,
      offenderKind: 'INDIVIDUAL',
      repeatOffence: true,
    });
    const { issueSanction } = await officer.request<{ issueSanction: { fineVnd: string } }>(
      ISSUE_SANCTION,
      { input: decision(repeat, { fineVnd: '3000000' }) },
    );
    expect(issueSanction.fineVnd).toBe('3000000');
  });

  it('checks a legal basis written without diacritics ("ND-CP", "Dieu 18") like the accented one', async () => {
    const id = await detected({
      ...smallExceedance,
      legalBasis: 'Nghi dinh 45/2022/ND-CP, Dieu 18, khoan 2',
      offenderKind: 'ORGANIZATION',
    });
    const error = await refusalOf(
      officer.request(ISSUE_SANCTION, { input: decision(id, { fineVnd: '50000000' }) }),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fineVnd' });
    expect(await violationState(id)).toMatchObject({ status: 'DETECTED', sanction: null });
  });

  it("holds a higher multiple between the decree's cells around it: 5–10 times at 150 m³/day, an organisation, 100–320 million", async () => {
    const fiveTimes = {
      ...smallExceedance,
      legalBasis: 'Nghi dinh 45/2022/ND-CP, Dieu 18, khoan 5',
      exceedanceFactor: 6.8,
      dischargeM3PerDay: 150,
      offenderKind: 'ORGANIZATION',
    };
    const id = await detected(fiveTimes);
    // above khoản 6 điểm h (10 times or more at this flow): 150–160 million, twice for an organisation
    const tooMuch = await refusalOf(
      officer.request(ISSUE_SANCTION, { input: decision(id, { fineVnd: '400000000' }) }),
    );
    expect(tooMuch?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fineVnd' });
    expect(tooMuch?.message).toContain('Điều 18 khoản 5');
    expect(tooMuch?.message).toContain('Article 18(6)(h)');
    expect(await violationState(id)).toMatchObject({ status: 'DETECTED', sanction: null });
    const { issueSanction } = await officer.request<{ issueSanction: { fineVnd: string } }>(
      ISSUE_SANCTION,
      { input: decision(id, { fineVnd: '320000000' }) },
    );
    expect(issueSanction.fineVnd).toBe('320000000');

    // from 200 m³/day, beyond the rows read: no less than the 100–200 row of khoản 2
    const large = await detected({ ...fiveTimes, exceedanceFactor: 1.2, dischargeM3PerDay: 450 });
    const tooLittle = await refusalOf(
      officer.request(ISSUE_SANCTION, { input: decision(large, { fineVnd: '99000000' }) }),
    );
    expect(tooLittle?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.fineVnd',
    });
  });

  it.each([
    ['a decision dated before the violation', {}, { decidedOn: '2026-03-01' }, 'input.decidedOn'],
    ['a decision dated in the future', {}, { decidedOn: '2999-01-01' }, 'input.decidedOn'],
    ['a fine of nothing', {}, { fineVnd: '0' }, 'input.fineVnd'],
    ['a fine above 2 000 000 000 đồng', {}, { fineVnd: '2000000001' }, 'input.fineVnd'],
    [
      "a fine above the decree's band for 1.1–1.5 times at 15 m³/day",
      smallExceedance,
      { fineVnd: '50000000' },
      'input.fineVnd',
    ],
    ["a fine below the decree's band", smallExceedance, { fineVnd: '1000000' }, 'input.fineVnd'],
    [
      'any fine where the decree allows a warning only',
      { ...smallExceedance, exceedanceFactor: 1.05 },
      { fineVnd: '500000' },
      'input.fineVnd',
    ],
    ['a decision number of no known form', {}, { decisionNumber: 'QD 12' }, 'input.decisionNumber'],
    ['a suspension of 30 months', {}, { suspensionMonths: 30 }, 'input.suspensionMonths'],
    ['an empty remedial measure', {}, { remedialMeasures: [' '] }, 'input.remedialMeasures.0'],
  ])(
    'refuses %s as BAD_USER_INPUT naming the field, writing nothing',
    async (_, violation, change, field) => {
      const id = await detected({ ...hazardousWaste, ...violation });
      const error = await refusalOf(
        officer.request(ISSUE_SANCTION, { input: decision(id, change) }),
      );
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error?.message).toMatch(/ \/ /);
      expect(await violationState(id)).toMatchObject({ status: 'DETECTED', sanction: null });
    },
  );

  it('refuses a negative fine, writing nothing', async () => {
    const id = await detected();
    const error = await refusalOf(
      officer.request(ISSUE_SANCTION, { input: decision(id, { fineVnd: '-5000000' }) }),
    );
    // The Money scalar refuses it in the police subgraph, and the gateway passes the refusal on.
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toContain('fineVnd');
    expect(await violationState(id)).toMatchObject({ status: 'DETECTED', sanction: null });
  });

  it('refuses a second decision for the same violation as CONFLICT', async () => {
    const id = await detected();
    await officer.request(ISSUE_SANCTION, { input: decision(id) });
    const error = await refusalOf(officer.request(ISSUE_SANCTION, { input: decision(id) }));
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.violationId' });
  });

  it('refuses a decision for a dismissed violation as CONFLICT', async () => {
    const id = await detected();
    await officer.request(CHANGE_STATUS, { input: { violationId: id, status: 'DISMISSED' } });
    const error = await refusalOf(officer.request(ISSUE_SANCTION, { input: decision(id) }));
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.violationId' });
    expect(await violationState(id)).toMatchObject({ status: 'DISMISSED', sanction: null });
  });

  it('refuses a number the authority already gave that year as CONFLICT, writing nothing', async () => {
    const first = decision(await detected());
    await officer.request(ISSUE_SANCTION, { input: first });
    const id = await detected();
    const error = await refusalOf(
      officer.request(ISSUE_SANCTION, {
        input: { ...decision(id), decisionNumber: first.decisionNumber },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.decisionNumber' });
    expect(await violationState(id)).toMatchObject({ status: 'DETECTED', sanction: null });
    // the same number from another authority, or in another year, is another decision
    const { issueSanction } = await officer.request<{ issueSanction: { decisionNumber: string } }>(
      ISSUE_SANCTION,
      {
        input: {
          ...decision(id),
          decisionNumber: first.decisionNumber,
          decidingAuthority: 'Chủ tịch Ủy ban nhân dân thành phố Hà Nội',
        },
      },
    );
    expect(issueSanction.decisionNumber).toBe(first.decisionNumber);
  });

  it('refuses a violation that does not exist as NOT_FOUND', async () => {
    const error = await refusalOf(
      officer.request(ISSUE_SANCTION, {
        input: decision('00000000-0000-4000-8000-000000000000'),
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.violationId' });
  });

  // DONRE's inspectorate and a commune's officer sanction within their powers (test/units/communeSanctions.e2e.ts)
  it('refuses other agencies as FORBIDDEN', async () => {
    const id = await detected();
    const doit = hub.client(await testToken({ role: 'DOIT' }));
    const error = await refusalOf(doit.request(ISSUE_SANCTION, { input: decision(id) }));
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    expect(await violationState(id)).toMatchObject({ status: 'DETECTED', sanction: null });
  });

  describe('recordFinePayment', () => {
    async function sanctionOf(change: Record<string, unknown> = {}): Promise<string> {
      const { issueSanction } = await officer.request<{ issueSanction: { id: string } }>(
        ISSUE_SANCTION,
        { input: decision(await detected(), change) },
      );
      return issueSanction.id;
    }

    it('records the day the fine was paid', async () => {
      const sanctionId = await sanctionOf();
      const { recordFinePayment } = await officer.request<{
        recordFinePayment: { paidOn: string };
      }>(RECORD_PAYMENT, { input: { sanctionId, paidOn: '2026-03-25' } });
      expect(recordFinePayment).toMatchObject({ id: sanctionId, paidOn: '2026-03-25' });
    });

    it('records a payment on a seeded decision still unpaid', async () => {
      const unpaid = police.sanctions.find((s) => s.fineVnd !== null && s.paidOn === null);
      const { recordFinePayment } = await officer.request<{
        recordFinePayment: { paidOn: string };
      }>(RECORD_PAYMENT, { input: { sanctionId: unpaid?.id, paidOn: '2026-11-01' } });
      expect(recordFinePayment.paidOn).toBe('2026-11-01');
    });

    it.each([
      ['a payment before the decision', '2026-03-19'],
      ['a payment in the future', '2999-01-01'],
    ])('refuses %s as BAD_USER_INPUT, writing nothing', async (_, paidOn) => {
      const sanctionId = await sanctionOf();
      const error = await refusalOf(
        officer.request(RECORD_PAYMENT, { input: { sanctionId, paidOn } }),
      );
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.paidOn' });
      const again = await officer.request<{ recordFinePayment: { paidOn: string } }>(
        RECORD_PAYMENT,
        { input: { sanctionId, paidOn: '2026-03-20' } },
      );
      expect(again.recordFinePayment.paidOn).toBe('2026-03-20');
    });

    it('refuses to record a payment twice as CONFLICT', async () => {
      const sanctionId = await sanctionOf();
      await officer.request(RECORD_PAYMENT, { input: { sanctionId, paidOn: '2026-03-25' } });
      const error = await refusalOf(
        officer.request(RECORD_PAYMENT, { input: { sanctionId, paidOn: '2026-03-26' } }),
      );
      expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.sanctionId' });
    });

    it('refuses a payment on a warning as CONFLICT', async () => {
      const sanctionId = await sanctionOf({ fineVnd: null });
      const error = await refusalOf(
        officer.request(RECORD_PAYMENT, { input: { sanctionId, paidOn: '2026-03-25' } }),
      );
      expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.sanctionId' });
    });

    it('refuses a sanction that does not exist as NOT_FOUND', async () => {
      const error = await refusalOf(
        officer.request(RECORD_PAYMENT, {
          input: { sanctionId: '00000000-0000-4000-8000-000000000000', paidOn: '2026-03-25' },
        }),
      );
      expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.sanctionId' });
    });

    it('refuses other agencies as FORBIDDEN', async () => {
      const sanctionId = await sanctionOf();
      const error = await refusalOf(
        hub
          .client(await testToken({ role: 'CITY' }))
          .request(RECORD_PAYMENT, { input: { sanctionId, paidOn: '2026-03-25' } }),
      );
      expect(error?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
