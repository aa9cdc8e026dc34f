import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateIndustrySeed } from '@ipc-hub/seed/industry';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal';
import { startHub } from '../support/startHub';

const seed = generateHanoiSeed();
const { relocationCases } = generateIndustrySeed(seed);
const highRisk = new Set(seed.sectors.filter((s) => s.highRisk).map((s) => s.code));
const withCase = new Set(relocationCases.map((c) => c.facilityId));

const CASE_FIELDS = `id status reason deadline openedOn startedOn completedOn cancelledOn supportGranted note overdue
  facility { id name }
  destination { __typename ... on IndustrialZone { id name } ... on IndustrialCluster { id name } }`;
const OPEN = `mutation ($input: OpenRelocationCaseInput!) { openRelocationCase(input: $input) { ${CASE_FIELDS} } }`;
const PROGRESS = `mutation ($input: ProgressRelocationCaseInput!) { progressRelocationCase(input: $input) { ${CASE_FIELDS} } }`;

interface Case {
  id: string;
  status: string;
  [field: string]: unknown;
}

function pick<T>(item: T | undefined, what: string): T {
  if (item === undefined) throw new Error(`the seed has ${what}`);
  return item;
}

const zone = pick(
  seed.zones.find((z) => z.status === 'OPERATING' && z.kind === 'INDUSTRIAL_ZONE'),
  'an operating zone',
);
const cluster = pick(
  seed.clusters.find((c) => c.status === 'OPERATING' && c.plant.status === 'OPERATING'),
  'an operating cluster with a plant',
);
/** facilities of the registry that have no relocation case yet */
const [ordinary, ordinary2, ordinary3] = seed.facilities.filter(
  (f) => !highRisk.has(f.sectorCode) && !withCase.has(f.id) && f.status === 'OPERATING',
);
const polluting = pick(
  seed.facilities.find(
    (f) => f.setting === 'CLUSTER' && highRisk.has(f.sectorCode) && !withCase.has(f.id),
  ),
  'a high-risk cluster tenant',
);
const plannedCase = pick(
  relocationCases.find((c) => c.status === 'PLANNED' && c.destinationClusterId),
  'a planned case with a destination',
);
const plannedWithoutDestination = pick(
  relocationCases.find(
    (c) => c.status === 'PLANNED' && !c.destinationClusterId && !c.destinationZoneId,
  ),
  'a planned case without a destination',
);
const completedCase = pick(
  relocationCases.find((c) => c.status === 'COMPLETED'),
  'a completed case',
);
const cancelledCase = pick(
  relocationCases.find((c) => c.status === 'CANCELLED'),
  'a cancelled case',
);
const UNKNOWN = '3c9d2e1f-7a6b-4c5d-8e9f-0a1b2c3d4e5f';

describe('relocation cases: opening and moving them on', () => {
  let hub: TestStack;
  let doit: string;
  beforeAll(async () => {
    hub = await startHub();
    doit = await testToken({ role: 'DOIT' });
  });
  afterAll(() => hub?.close());

  const open = async (input: Record<string, unknown>) =>
    (await hub.client(doit).request<{ openRelocationCase: Case }>(OPEN, { input }))
      .openRelocationCase;
  const progress = async (input: Record<string, unknown>) =>
    (await hub.client(doit).request<{ progressRelocationCase: Case }>(PROGRESS, { input }))
      .progressRelocationCase;
  const casesOf = async (facilityId: string) =>
    (
      await hub
        .client(doit)
        .request<{ relocationCases: { totalCount: number } }>(
          'query ($id: ID!) { relocationCases(filter: { facilityId: $id }) { totalCount } }',
          { id: facilityId },
        )
    ).relocationCases.totalCount;
  const readCase = async (id: string) =>
    (
      await hub
        .client(doit)
        .request<{ relocationCase: Case | null }>(
          `query ($id: ID!) { relocationCase(id: $id) { ${CASE_FIELDS} } }`,
          { id },
        )
    ).relocationCase;

  it('opens a case to an industrial zone, whose name comes from HIZA', async () => {
    const ordinaryFacility = pick(ordinary, 'an ordinary facility');
    const opened = await open({
      facilityId: ordinaryFacility.id,
      reason: 'NOT_IN_LINE_WITH_PLANNING',
      destination: { zoneId: zone.id },
      openedOn: '2025-02-10',
      deadline: '2027-12-31',
      supportGranted: '350000000',
      note: 'Theo Quyết định của UBND quận',
    });
    expect(opened).toMatchObject({
      status: 'PLANNED',
      reason: 'NOT_IN_LINE_WITH_PLANNING',
      openedOn: '2025-02-10',
      deadline: '2027-12-31',
      startedOn: null,
      supportGranted: '350000000',
      facility: { id: ordinaryFacility.id, name: ordinaryFacility.name },
      destination: { __typename: 'IndustrialZone', id: zone.id, name: zone.name },
    });
    const read = await hub.client(doit).request<{
      facility: { relocation: { id: string; status: string } | null };
    }>('query ($id: ID!) { facility(id: $id) { relocation { id status } } }', {
      id: ordinaryFacility.id,
    });
    expect(read.facility.relocation).toEqual({ id: opened.id, status: 'PLANNED' });
  });

  it('moves a case of a high-risk facility from PLANNED through IN_PROGRESS to COMPLETED, dating each step', async () => {
    const opened = await open({
      facilityId: polluting.id,
      reason: 'HIGH_RISK_SECTOR_IN_RESIDENTIAL_AREA',
      openedOn: '2024-01-15',
      deadline: '2025-01-15',
    });
    expect(opened).toMatchObject({ status: 'PLANNED', destination: null, overdue: true });
    const started = await progress({
      caseId: opened.id,
      status: 'IN_PROGRESS',
      on: '2024-06-01',
      destination: { clusterId: cluster.id },
    });
    expect(started).toMatchObject({
      status: 'IN_PROGRESS',
      startedOn: '2024-06-01',
      destination: { __typename: 'IndustrialCluster', id: cluster.id, name: cluster.name },
    });
    const completed = await progress({
      caseId: opened.id,
      status: 'COMPLETED',
      on: '2025-03-20',
      supportGranted: '1200000000',
    });
    expect(completed).toMatchObject({
      status: 'COMPLETED',
      openedOn: '2024-01-15',
      startedOn: '2024-06-01',
      completedOn: '2025-03-20',
      cancelledOn: null,
      supportGranted: '1200000000',
      overdue: false,
    });
    expect(await readCase(opened.id)).toEqual(completed);
  });

  it('cancels a planned case, and a cancelled case leaves room for a new one', async () => {
    const cancelled = await progress({
      caseId: plannedCase.id,
      status: 'CANCELLED',
      on: plannedCase.openedOn,
      note: 'Cơ sở đã xử lý triệt để ô nhiễm tại chỗ',
    });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledOn: plannedCase.openedOn });

    const renewed = await open({
      facilityId: cancelledCase.facilityId,
      reason: 'SERIOUS_POLLUTION',
      destination: { clusterId: cluster.id },
      deadline: '2030-06-30',
    });
    const read = await hub.client(doit).request<{
      facility: { relocation: { id: string } | null };
    }>('query ($id: ID!) { facility(id: $id) { relocation { id } } }', {
      id: cancelledCase.facilityId,
    });
    expect(read.facility.relocation?.id).toBe(renewed.id);
    expect(await casesOf(cancelledCase.facilityId)).toBe(2);
  });

  it.each([
    ['a facility DONRE does not know', { facilityId: UNKNOWN }, 'input.facilityId'],
    ['a facility id that is not one', { facilityId: 'abc' }, 'input.facilityId'],
    ['a zone HIZA does not know', { destination: { zoneId: UNKNOWN } }, 'input.destination.zoneId'],
    [
      'a cluster that does not exist',
      { destination: { clusterId: UNKNOWN } },
      'input.destination.clusterId',
    ],
    [
      'both a zone and a cluster',
      { destination: { zoneId: zone.id, clusterId: cluster.id } },
      'input.destination',
    ],
    [
      'a deadline before the opening',
      { openedOn: '2025-05-01', deadline: '2025-04-30' },
      'input.deadline',
    ],
    [
      'an opening in the future',
      { openedOn: '2999-01-01', deadline: '2999-12-31' },
      'input.openedOn',
    ],
    [
      'a high-risk-sector reason for a facility outside the high-risk sectors',
      { reason: 'HIGH_RISK_SECTOR_IN_RESIDENTIAL_AREA' },
      'input.reason',
    ],
  ])(
    'refuses to open a case for %s as BAD_USER_INPUT, writing nothing',
    async (_, change, field) => {
      const facility = pick(ordinary2, 'a second ordinary facility');
      const error = await refusal(
        hub.client(doit).request(OPEN, {
          input: {
            facilityId: facility.id,
            reason: 'NOT_IN_LINE_WITH_PLANNING',
            destination: { zoneId: zone.id },
            deadline: '2028-01-01',
            ...change,
          },
        }),
      );
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error?.message).toMatch(/ \/ /);
      expect(await casesOf(facility.id)).toBe(0);
    },
  );

  it('refuses a second live case for a facility as CONFLICT', async () => {
    const before = await casesOf(completedCase.facilityId);
    const error = await refusal(
      hub.client(doit).request(OPEN, {
        input: {
          facilityId: completedCase.facilityId,
          reason: 'SERIOUS_POLLUTION',
          deadline: '2030-01-01',
        },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.facilityId' });
    expect(await casesOf(completedCase.facilityId)).toBe(before);
  });

  it.each([
    ['a planned case straight to COMPLETED', () => plannedWithoutDestination, 'COMPLETED'],
    ['a completed case to CANCELLED', () => completedCase, 'CANCELLED'],
    ['a completed case back to IN_PROGRESS', () => completedCase, 'IN_PROGRESS'],
    ['a case back to PLANNED', () => plannedWithoutDestination, 'PLANNED'],
  ])('refuses to move %s as CONFLICT, changing nothing', async (_, relocation, status) => {
    const { id, status: before } = relocation();
    const error = await refusal(
      hub.client(doit).request(PROGRESS, {
        input: { caseId: id, status, on: '2026-01-05', destination: { zoneId: zone.id } },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.status' });
    expect((await readCase(id))?.status).toBe(before);
  });

  it.each([
    ['without a destination', {}, 'input.destination'],
    [
      'on a day before the case was opened',
      { on: '2010-01-01', destination: { clusterId: cluster.id } },
      'input.on',
    ],
    [
      'on a day in the future',
      { on: '2999-01-01', destination: { clusterId: cluster.id } },
      'input.on',
    ],
    [
      'to a zone HIZA does not know',
      { destination: { zoneId: UNKNOWN } },
      'input.destination.zoneId',
    ],
  ])('refuses to start a move %s as BAD_USER_INPUT, changing nothing', async (_, change, field) => {
    const error = await refusal(
      hub.client(doit).request(PROGRESS, {
        input: {
          caseId: plannedWithoutDestination.id,
          status: 'IN_PROGRESS',
          on: '2026-01-05',
          ...change,
        },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await readCase(plannedWithoutDestination.id)).toMatchObject({
      status: 'PLANNED',
      startedOn: null,
      destination: null,
    });
  });

  it('answers NOT_FOUND for a case that does not exist', async () => {
    const error = await refusal(
      hub.client(doit).request(PROGRESS, {
        input: { caseId: UNKNOWN, status: 'CANCELLED', on: '2026-01-05' },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.caseId' });
  });

  it.each(['DONRE', 'HIZA', 'POLICE', 'CITY'] as const)(
    'refuses a %s token as FORBIDDEN, for opening and for moving on',
    async (role) => {
      const token = await testToken({ role });
      const facility = pick(ordinary3, 'a third ordinary facility');
      const openError = await refusal(
        hub.client(token).request(OPEN, {
          input: { facilityId: facility.id, reason: 'SERIOUS_POLLUTION', deadline: '2030-01-01' },
        }),
      );
      expect(openError?.extensions?.code).toBe('FORBIDDEN');
      const progressError = await refusal(
        hub.client(token).request(PROGRESS, {
          input: { caseId: plannedWithoutDestination.id, status: 'CANCELLED', on: '2026-01-05' },
        }),
      );
      expect(progressError?.extensions?.code).toBe('FORBIDDEN');
      expect(await casesOf(facility.id)).toBe(0);
    },
  );

  it('refuses the public as FORBIDDEN', async () => {
    const error = await refusal(
      hub.client().request(PROGRESS, {
        input: { caseId: plannedWithoutDestination.id, status: 'CANCELLED', on: '2026-01-05' },
      }),
    );
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });
});
