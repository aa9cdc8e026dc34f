import { generateHanoiSeed } from '@ipc-hub/seed';
import { generatePoliceSeed } from '@ipc-hub/seed/police';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal as refusalOf } from '../support/refusal';
import { startHub } from '../support/startHub';
import { RECORD_INSPECTION } from './support/operations';

const seed = generateHanoiSeed();
const police = generatePoliceSeed(seed);
const facility = seed.facilities.find((f) => f.status === 'OPERATING' && f.setting === 'ZONE');

const valid = {
  facilityId: facility?.id,
  conductedOn: '2026-06-15',
  kind: 'SCHEDULED',
  outcome: 'NO_VIOLATION',
  findings: 'Cơ sở có đầy đủ hồ sơ môi trường; không phát hiện vi phạm',
};

describe('recordInspection and the inspections', () => {
  let hub: TestStack;
  let token: string;
  beforeAll(async () => {
    hub = await startHub();
    token = await testToken({ role: 'POLICE' });
  });
  afterAll(() => hub?.close());

  const count = async () =>
    (
      await hub
        .client(token)
        .request<{ inspections: { totalCount: number } }>('{ inspections { totalCount } }')
    ).inspections.totalCount;

  it('records a scheduled inspection led by the police, at the facility DONRE registered', async () => {
    const before = await count();
    const { recordInspection } = await hub
      .client(token)
      .request<{ recordInspection: Record<string, unknown> }>(RECORD_INSPECTION, { input: valid });
    expect(recordInspection).toMatchObject({
      conductedOn: valid.conductedOn,
      kind: 'SCHEDULED',
      leadAgency: 'POLICE',
      jointAgencies: [],
      findings: valid.findings,
      outcome: 'NO_VIOLATION',
      facility: { id: facility?.id, name: facility?.name },
      adminUnit: { code: facility?.adminUnitCode },
      violations: [],
    });
    expect(await count()).toBe(before + 1);
  });

  it('records a joint inspection led by DONRE with the police and HIZA in the team', async () => {
    const { recordInspection } = await hub
      .client(token)
      .request<{ recordInspection: Record<string, unknown> }>(RECORD_INSPECTION, {
        input: {
          ...valid,
          kind: 'JOINT',
          leadAgency: 'DONRE',
          jointAgencies: ['POLICE', 'HIZA'],
          outcome: 'VIOLATIONS_FOUND',
        },
      });
    expect(recordInspection).toMatchObject({
      kind: 'JOINT',
      leadAgency: 'DONRE',
      jointAgencies: ['POLICE', 'HIZA'],
      outcome: 'VIOLATIONS_FOUND',
    });
  });

  it.each([
    [
      'a facility DONRE does not have',
      { facilityId: '00000000-0000-4000-8000-000000000000' },
      'input.facilityId',
    ],
    ['a date in the future', { conductedOn: '2999-12-31' }, 'input.conductedOn'],
    ['a joint inspection without partners', { kind: 'JOINT' }, 'input.jointAgencies'],
    [
      'partners on an inspection that is not joint',
      { kind: 'SURPRISE', jointAgencies: ['DONRE'] },
      'input.jointAgencies',
    ],
    [
      'the lead agency among the partners',
      { kind: 'JOINT', jointAgencies: ['POLICE', 'DONRE'] },
      'input.jointAgencies',
    ],
    [
      'a partner named twice',
      { kind: 'JOINT', jointAgencies: ['DONRE', 'DONRE'] },
      'input.jointAgencies',
    ],
    [
      'an inspection the police neither led nor joined',
      { kind: 'JOINT', leadAgency: 'DONRE', jointAgencies: ['HIZA'] },
      'input.leadAgency',
    ],
  ])('refuses %s as BAD_USER_INPUT naming the field, writing nothing', async (_, change, field) => {
    const before = await count();
    const error = await refusalOf(
      hub.client(token).request(RECORD_INSPECTION, { input: { ...valid, ...change } }),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error?.message).toMatch(/ \/ /);
    expect(await count()).toBe(before);
  });

  it.each(['DONRE', 'HIZA'] as const)('refuses a %s token as FORBIDDEN', async (role) => {
    const before = await count();
    const error = await refusalOf(
      hub.client(await testToken({ role })).request(RECORD_INSPECTION, { input: valid }),
    );
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it("lists inspections through the gateway with the facility's name from DONRE", async () => {
    const joint = police.inspections.filter(
      (i) => i.kind === 'JOINT' && i.conductedOn.startsWith('2024'),
    );
    const { inspections } = await hub.client(token).request<{
      inspections: {
        totalCount: number;
        edges: Array<{ node: { kind: string; facility: { name: string } } }>;
      };
    }>(
      '{ inspections(first: 500, filter: { kind: JOINT, from: "2024-01-01", to: "2024-12-31" }) { totalCount edges { node { kind facility { name } } } } }',
    );
    expect(inspections.totalCount).toBe(joint.length);
    const names = new Map(seed.facilities.map((f) => [f.id, f.name]));
    expect(inspections.edges.map((e) => e.node.facility.name).sort()).toEqual(
      joint.map((i) => names.get(i.facilityId)).sort(),
    );
  });

  it("shows a facility's inspections and violations, each inspection with what it found", async () => {
    const inspected = police.inspections.find((i) => i.outcome === 'VIOLATIONS_FOUND');
    const { facility: answer } = await hub.client(token).request<{
      facility: {
        inspections: Array<{ id: string; violations: Array<{ id: string }> }>;
        violations: Array<{ id: string }>;
      };
    }>(
      'query ($id: ID!) { facility(id: $id) { inspections { id violations { id } } violations { id } } }',
      { id: inspected?.facilityId },
    );
    expect(answer.inspections.map((i) => i.id).sort()).toEqual(
      police.inspections
        .filter((i) => i.facilityId === inspected?.facilityId)
        .map((i) => i.id)
        .sort(),
    );
    const found = answer.inspections.find((i) => i.id === inspected?.id);
    expect(found?.violations.map((v) => v.id).sort()).toEqual(
      police.violations
        .filter((v) => v.inspectionId === inspected?.id)
        .map((v) => v.id)
        .sort(),
    );
  });
});
