import { unitsInScope } from '@ipc-hub/access';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateIndustrySeed } from '@ipc-hub/seed/industry';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, ask, bearerOf, deniedPaths } from '../support/postGraphQL';
import { refusal } from '../support/refusal';
import { startHub } from '../support/startHub';

/**
 * DOIT's investment projects in the clusters (its share of target 3.7):
 * registered and followed by DOIT alone, with the Board's rules for a
 * project's facts, read as internal records within the caller's row scope.
 */
const seed = generateHanoiSeed();
const own = generateIndustrySeed(seed);
const operatingCluster = seed.clusters.find(
  (c) => c.status === 'OPERATING' && seed.clusterTenancies.some((t) => t.clusterId === c.id),
);
if (!operatingCluster) throw new Error('no operating cluster with tenants in the seed');
const tenant = seed.clusterTenancies.find((t) => t.clusterId === operatingCluster.id);
const otherTenant = seed.clusterTenancies.find((t) => t.clusterId !== operatingCluster.id);
const unitOf = new Map(seed.clusters.map((c) => [c.id, c.adminUnitCode]));

const PROJECT = `id investor name sectorCode registeredOn investmentCertificate capitalVnd inLineWithPlanning
  planningNote status operatingSince cluster { id name } facility { id name }`;
const REGISTER = `mutation ($input: RegisterClusterInvestmentProjectInput!) { registerClusterInvestmentProject(input: $input) { ${PROJECT} } }`;
const UPDATE = `mutation ($input: UpdateInvestmentProjectInput!) { updateClusterInvestmentProject(input: $input) { ${PROJECT} } }`;
const EVERY_PROJECT = `{ clusterInvestmentProjects(first: 1000) { totalCount edges { node { ${PROJECT} } } } }`;

const valid = {
  clusterId: operatingCluster.id,
  investor: 'Công ty TNHH Bao bì Thử Nghiệm',
  name: 'Dự án xưởng in bao bì carton',
  sectorCode: '1702',
  registeredOn: '2026-04-14',
  investmentCertificate: 'Giấy chứng nhận đăng ký đầu tư số 7770000001',
  capitalVnd: '35000000000',
  inLineWithPlanning: true,
};

describe("DOIT's investment projects in the clusters", () => {
  let hub: TestStack;
  let doit: string;
  beforeAll(async () => {
    hub = await startHub();
    doit = await testToken({ role: 'DOIT' });
  });
  afterAll(() => hub?.close());

  /** A DOIT write that must be refused: both languages, and no project changed. */
  async function refused(query: string, input: Record<string, unknown>, token = doit) {
    const before = await hub.client(doit).request(EVERY_PROJECT);
    const error = await refusal(hub.client(token).request(query, { input }));
    expect(error?.message).toMatch(/ \/ /);
    expect(await hub.client(doit).request(EVERY_PROJECT)).toEqual(before);
    return error?.extensions;
  }

  it('holds the seeded projects of the clusters, every one in a cluster of the seed', async () => {
    const { clusterInvestmentProjects } = await hub
      .client(doit)
      .request<{ clusterInvestmentProjects: { totalCount: number } }>(EVERY_PROJECT);
    expect(own.clusterInvestmentProjects.length).toBeGreaterThan(50);
    expect(clusterInvestmentProjects.totalCount).toBeGreaterThanOrEqual(
      own.clusterInvestmentProjects.length,
    );
  });

  it('registers a project, follows it until it operates with a tenant of its cluster, and finds it by id', async () => {
    const { registerClusterInvestmentProject: created } = await hub
      .client(doit)
      .request<{ registerClusterInvestmentProject: Record<string, unknown> }>(REGISTER, {
        input: valid,
      });
    expect(created).toMatchObject({
      capitalVnd: '35000000000',
      status: 'REGISTERED',
      facility: null,
      cluster: { id: operatingCluster.id, name: operatingCluster.name },
    });
    const { updateClusterInvestmentProject: operating } = await hub
      .client(doit)
      .request<{ updateClusterInvestmentProject: Record<string, unknown> }>(UPDATE, {
        input: {
          id: created.id,
          status: 'OPERATING',
          facilityId: tenant?.facilityId,
          operatingSince: '2026-09-01',
        },
      });
    expect(operating).toMatchObject({
      status: 'OPERATING',
      operatingSince: '2026-09-01',
      facility: { id: tenant?.facilityId },
    });
    const read = await hub
      .client(doit)
      .request<{ clusterInvestmentProject: { name: string } }>(
        'query ($id: ID!) { clusterInvestmentProject(id: $id) { name } }',
        { id: created.id },
      );
    expect(read.clusterInvestmentProject.name).toBe(valid.name);
  });

  it.each([
    [
      'an operating project without its facility',
      { status: 'OPERATING', operatingSince: '2026-06-01' },
      'BAD_USER_INPUT',
      'input.facilityId',
    ],
    [
      'a facility that is no tenant of the project’s cluster',
      {
        status: 'OPERATING',
        facilityId: otherTenant?.facilityId,
        operatingSince: '2026-06-01',
      },
      'BAD_USER_INPUT',
      'input.facilityId',
    ],
    [
      'a project out of line with the planning that does not say why',
      { inLineWithPlanning: false },
      'BAD_USER_INPUT',
      'input.planningNote',
    ],
    [
      'an investment certificate another project has',
      { investmentCertificate: own.clusterInvestmentProjects[0]?.investmentCertificate },
      'CONFLICT',
      'input.investmentCertificate',
    ],
    [
      'a cluster that does not exist',
      { clusterId: '00000000-0000-4000-8000-000000000004' },
      'NOT_FOUND',
      'input.clusterId',
    ],
  ])('refuses to register %s, writing nothing', async (_, change, code, field) => {
    const input = { ...valid, investmentCertificate: 'GCNĐKĐT số 7770000099', ...change };
    expect(await refused(REGISTER, input)).toMatchObject({ code, field });
  });

  it('lets no other agency register or change a cluster project', async () => {
    for (const role of ['HIZA', 'DONRE', 'POLICE', 'CITY'] as const) {
      const input = { ...valid, investmentCertificate: `GCNĐKĐT số 77700001${role.length}` };
      expect(await refused(REGISTER, input, await testToken({ role }))).toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('shows the public no project, and an area officer those of the clusters in its unit', async () => {
    const query = '{ clusterInvestmentProjects(first: 1) { totalCount } }';
    const publicAnswer: Answer<{ clusterInvestmentProjects: unknown }> = await ask(
      hub.gatewayUrl,
      query,
      {},
      bearerOf(undefined),
    );
    expect(publicAnswer.data?.clusterInvestmentProjects).toBeNull();
    expect(deniedPaths(publicAnswer)).toEqual(['clusterInvestmentProjects']);

    const unit = unitOf.get(operatingCluster.id) ?? '';
    const area = await hub
      .client(await testToken({ role: 'AREA', adminUnits: [unit] }))
      .request<{ clusterInvestmentProjects: { totalCount: number } }>(query);
    const reached = new Set(unitsInScope([unit]));
    const seeded = own.clusterInvestmentProjects.filter((p) =>
      reached.has(unitOf.get(p.clusterId) ?? ''),
    ).length;
    // the seeded projects of its unit, and the one registered above
    expect(area.clusterInvestmentProjects.totalCount).toBe(seeded + 1);
  });
});
