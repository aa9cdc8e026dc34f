import { generateHanoiSeed } from '@ipc-hub/seed';
import { type TestStack, testToken } from '@ipc-hub/testing';
import type { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal as refusalOf } from '../support/refusal';
import { startHub } from '../support/startHub';
import {
  CHANGE_STATUS,
  ISSUE_SANCTION,
  PUBLISH,
  RECORD_VIOLATION,
  VIOLATION,
} from './support/operations';

const seed = generateHanoiSeed();
const facility = seed.facilities.find((f) => f.status === 'OPERATING');
let decisions = 8000;

type Status = 'DETECTED' | 'SANCTIONED' | 'REMEDIED' | 'PROSECUTED' | 'DISMISSED';

describe('changeViolationStatus and publishViolation', () => {
  let hub: TestStack;
  let police: GraphQLClient;
  beforeAll(async () => {
    hub = await startHub();
    police = hub.client(await testToken({ role: 'POLICE' }));
  });
  afterAll(() => hub?.close());

  /** A fresh violation brought to `status` the way officers would. */
  async function violationIn(status: Status): Promise<string> {
    const { recordViolation } = await police.request<{ recordViolation: { id: string } }>(
      RECORD_VIOLATION,
      {
        input: {
          facilityId: facility?.id,
          detectedOn: '2026-01-20',
          category: 'HAZARDOUS_WASTE',
          legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 29, khoản 3',
        },
      },
    );
    const id = recordViolation.id;
    if (status === 'DETECTED') return id;
    if (status === 'DISMISSED') {
      await police.request(CHANGE_STATUS, { input: { violationId: id, status } });
      return id;
    }
    decisions += 1;
    await police.request(ISSUE_SANCTION, {
      input: {
        violationId: id,
        decisionNumber: `${decisions}/QĐ-XPHC`,
        decidedOn: '2026-02-03',
        decidingAuthority: 'Giám đốc Công an thành phố Hà Nội',
        fineVnd: '80000000',
      },
    });
    if (status !== 'SANCTIONED') {
      await police.request(CHANGE_STATUS, { input: { violationId: id, status } });
    }
    return id;
  }

  const statusOf = async (id: string) =>
    (await police.request<{ violation: { status: string; published: boolean } }>(VIOLATION, { id }))
      .violation;

  it.each([
    ['DETECTED', 'PROSECUTED'],
    ['DETECTED', 'DISMISSED'],
    ['SANCTIONED', 'REMEDIED'],
    ['SANCTIONED', 'PROSECUTED'],
  ] as const)('moves a %s violation to %s', async (from, to) => {
    const id = await violationIn(from);
    const { changeViolationStatus } = await police.request<{
      changeViolationStatus: { status: string };
    }>(CHANGE_STATUS, { input: { violationId: id, status: to } });
    expect(changeViolationStatus.status).toBe(to);
    expect((await statusOf(id)).status).toBe(to);
  });

  it.each([
    ['DETECTED', 'REMEDIED'],
    ['SANCTIONED', 'DISMISSED'],
    ['SANCTIONED', 'DETECTED'],
    ['REMEDIED', 'SANCTIONED'],
    ['REMEDIED', 'PROSECUTED'],
    ['PROSECUTED', 'REMEDIED'],
    ['DISMISSED', 'DETECTED'],
    ['DISMISSED', 'SANCTIONED'],
    ['DETECTED', 'DETECTED'],
  ] as const)(
    'refuses to move a %s violation to %s as CONFLICT, changing nothing',
    async (from, to) => {
      const id = await violationIn(from);
      const error = await refusalOf(
        police.request(CHANGE_STATUS, { input: { violationId: id, status: to } }),
      );
      expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.status' });
      expect((await statusOf(id)).status).toBe(from);
    },
  );

  it('sanctions a detected violation only by issuing its decision', async () => {
    const id = await violationIn('DETECTED');
    const error = await refusalOf(
      police.request(CHANGE_STATUS, { input: { violationId: id, status: 'SANCTIONED' } }),
    );
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.status' });
    expect(error?.message).toContain('issueSanction');
    expect((await statusOf(id)).status).toBe('DETECTED');
  });

  it('refuses a violation that does not exist as NOT_FOUND', async () => {
    const error = await refusalOf(
      police.request(CHANGE_STATUS, {
        input: { violationId: '00000000-0000-4000-8000-000000000000', status: 'REMEDIED' },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.violationId' });
  });

  it('counts a facility open violations as they come and go', async () => {
    const openCount = async () =>
      (
        await police.request<{ facility: { openViolationCount: number } }>(
          'query ($id: ID!) { facility(id: $id) { openViolationCount } }',
          { id: facility?.id },
        )
      ).facility.openViolationCount;
    const before = await openCount();
    const id = await violationIn('SANCTIONED');
    expect(await openCount()).toBe(before + 1);
    await police.request(CHANGE_STATUS, { input: { violationId: id, status: 'REMEDIED' } });
    expect(await openCount()).toBe(before);
  });

  it.each(['SANCTIONED', 'REMEDIED', 'PROSECUTED'] as const)(
    'publishes a %s violation, and withdraws it',
    async (status) => {
      const id = await violationIn(status);
      const { publishViolation } = await police.request<{
        publishViolation: { published: boolean };
      }>(PUBLISH, { input: { violationId: id } });
      expect(publishViolation.published).toBe(true);
      const published = await hub
        .client()
        .request<{ violations: { edges: Array<{ node: { id: string } }> } }>(
          '{ violations(first: 5, filter: { published: true, from: "2026-01-20", to: "2026-01-20" }) { edges { node { id } } } }',
        );
      expect(published.violations.edges.map((e) => e.node.id)).toContain(id);
      const withdrawn = await police.request<{ publishViolation: { published: boolean } }>(
        PUBLISH,
        { input: { violationId: id, published: false } },
      );
      expect(withdrawn.publishViolation.published).toBe(false);
    },
  );

  it.each(['DETECTED', 'DISMISSED'] as const)(
    'refuses to publish a %s violation as CONFLICT',
    async (status) => {
      const id = await violationIn(status);
      const error = await refusalOf(police.request(PUBLISH, { input: { violationId: id } }));
      expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.violationId' });
      expect((await statusOf(id)).published).toBe(false);
    },
  );

  it('refuses to publish a violation that does not exist as NOT_FOUND', async () => {
    const error = await refusalOf(police.request(PUBLISH, { input: { violationId: 'not-an-id' } }));
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.violationId' });
  });

  it.each([CHANGE_STATUS, PUBLISH])('refuses other agencies as FORBIDDEN', async (mutation) => {
    const id = await violationIn('SANCTIONED');
    const donre = hub.client(await testToken({ role: 'DONRE' }));
    const error = await refusalOf(
      donre.request(mutation, {
        input: mutation === PUBLISH ? { violationId: id } : { violationId: id, status: 'REMEDIED' },
      }),
    );
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf(id)).toMatchObject({ status: 'SANCTIONED', published: false });
  });
});
