import { generateHanoiSeed } from '@ipc-hub/seed';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal';
import { startHub } from '../support/startHub';

const seed = generateHanoiSeed();
type Role = Parameters<typeof testToken>[0]['role'];

const CLUSTER_FIELDS = `id name status developer developerKind areaHa occupancyPercent adminUnit { code name }
  wastewaterPlant { status capacityM3PerDay commissionedOn compliant autoMonitoring }
  solidWasteCollection environmentalDossierComplete
  technicalInfrastructure { roads drainage power waterSupply }
  infrastructureComplete missingInfrastructure tenantCount`;
const CREATE = `mutation ($input: CreateClusterInput!) { createCluster(input: $input) { ${CLUSTER_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateClusterInput!) { updateCluster(input: $input) { ${CLUSTER_FIELDS} } }`;
const SET_PLANT = `mutation ($input: SetClusterWastewaterPlantInput!) { setClusterWastewaterPlant(input: $input) { ${CLUSTER_FIELDS} } }`;
const ADMIT = `mutation ($input: AdmitFacilityToClusterInput!) {
  admitFacilityToCluster(input: $input) { id tenantCount facilities { id name } } }`;

interface Cluster {
  id: string;
  status: string;
  infrastructureComplete: boolean;
  missingInfrastructure: string[];
  tenantCount: number;
  [field: string]: unknown;
}

const valid = {
  name: 'Kim Chung giai đoạn 3',
  adminUnitCode: '00454',
  areaHa: 42.5,
  status: 'UNDER_CONSTRUCTION',
  developer: 'Công ty Cổ phần Đầu tư hạ tầng Kim Chung',
  developerKind: 'ENTERPRISE',
  occupancyPercent: 12,
};

/** A standalone facility that no cluster or zone holds. */
const standalone = seed.facilities.find(
  (f) => f.setting === 'STANDALONE' && f.status === 'OPERATING',
);
const zoneTenant = seed.zoneTenancies[0];
const clusterTenant = seed.clusterTenancies[0];
const planned = seed.clusters.find((c) => c.status === 'PLANNED');
const operating = seed.clusters.find((c) => c.status === 'OPERATING');

describe('clusters: creating, updating, setting the plant, admitting tenants', () => {
  let hub: TestStack;
  let doit: string;
  beforeAll(async () => {
    hub = await startHub();
    doit = await testToken({ role: 'DOIT' });
  });
  afterAll(() => hub?.close());

  const clusterCount = async () =>
    (
      await hub
        .client()
        .request<{ clusters: { totalCount: number } }>('{ clusters { totalCount } }')
    ).clusters.totalCount;
  const read = async (id: string) =>
    (
      await hub
        .client(doit)
        .request<{ cluster: Cluster | null }>(
          `query ($id: ID!) { cluster(id: $id) { ${CLUSTER_FIELDS} } }`,
          { id },
        )
    ).cluster;
  const create = async (input: Record<string, unknown>) =>
    (await hub.client(doit).request<{ createCluster: Cluster }>(CREATE, { input })).createCluster;

  it('creates a cluster for DOIT, with the district’s name from DONRE and no infrastructure yet', async () => {
    const created = await create(valid);
    const { adminUnitCode: _, ...basics } = valid;
    expect(created).toMatchObject({
      ...basics,
      adminUnit: { code: '00454', name: 'Xã Đông Anh' },
      wastewaterPlant: { status: 'NONE', capacityM3PerDay: null, compliant: false },
      solidWasteCollection: false,
      environmentalDossierComplete: false,
      technicalInfrastructure: { roads: false, drainage: false, power: false, waterSupply: false },
      infrastructureComplete: false,
      missingInfrastructure: [
        'ROADS',
        'DRAINAGE',
        'POWER',
        'WATER_SUPPLY',
        'WASTEWATER_PLANT',
        'SOLID_WASTE_COLLECTION',
      ],
      tenantCount: 0,
    });
    expect(await read(created.id)).toEqual(created);
    expect(await clusterCount()).toBe(seed.clusters.length + 1);
  });

  it('completes a cluster’s infrastructure part by part, and the filter follows', async () => {
    const cluster = await create({ ...valid, name: 'Kim Chung giai đoạn 4', status: 'OPERATING' });
    const completeCount = async () =>
      (
        await hub
          .client()
          .request<{ clusters: { totalCount: number } }>(
            '{ clusters(filter: { infrastructureComplete: true }) { totalCount } }',
          )
      ).clusters.totalCount;
    const before = await completeCount();

    const withPlant = (
      await hub.client(doit).request<{ setClusterWastewaterPlant: Cluster }>(SET_PLANT, {
        input: {
          clusterId: cluster.id,
          status: 'OPERATING',
          capacityM3PerDay: 1500,
          commissionedOn: '2024-03-01',
          compliant: true,
          autoMonitoring: true,
        },
      })
    ).setClusterWastewaterPlant;
    expect(withPlant.wastewaterPlant).toEqual({
      status: 'OPERATING',
      capacityM3PerDay: 1500,
      commissionedOn: '2024-03-01',
      compliant: true,
      autoMonitoring: true,
    });
    expect(withPlant.missingInfrastructure).toEqual([
      'ROADS',
      'DRAINAGE',
      'POWER',
      'WATER_SUPPLY',
      'SOLID_WASTE_COLLECTION',
    ]);
    const built = (
      await hub
        .client(doit)
        .request<{ setClusterTechnicalInfrastructure: Cluster }>(
          `mutation ($input: SetClusterTechnicalInfrastructureInput!) { setClusterTechnicalInfrastructure(input: $input) { ${CLUSTER_FIELDS} } }`,
          {
            input: {
              clusterId: cluster.id,
              roads: true,
              drainage: true,
              power: true,
              waterSupply: true,
            },
          },
        )
    ).setClusterTechnicalInfrastructure;
    expect(built.technicalInfrastructure).toEqual({
      roads: true,
      drainage: true,
      power: true,
      waterSupply: true,
    });
    expect(built.missingInfrastructure).toEqual(['SOLID_WASTE_COLLECTION']);

    const updated = (
      await hub.client(doit).request<{ updateCluster: Cluster }>(UPDATE, {
        input: {
          clusterId: cluster.id,
          solidWasteCollection: true,
          occupancyPercent: 64,
        },
      })
    ).updateCluster;
    expect(updated).toMatchObject({
      name: 'Kim Chung giai đoạn 4',
      developer: valid.developer,
      occupancyPercent: 64,
      infrastructureComplete: true,
      missingInfrastructure: [],
    });
    expect(await completeCount()).toBe(before + 1);
  });

  it.each([
    ['an unknown administrative unit', { adminUnitCode: '999' }, 'input.adminUnitCode'],
    ['an area of zero', { areaHa: 0 }, 'input.areaHa'],
    ['an area beyond what a cluster may have', { areaHa: 250 }, 'input.areaHa'],
    ['an occupancy over 100 %', { occupancyPercent: 101 }, 'input.occupancyPercent'],
    ['an empty name', { name: ' ' }, 'input.name'],
    [
      'an operating plant without its capacity',
      { wastewaterPlant: { status: 'OPERATING', compliant: true, autoMonitoring: false } },
      'input.wastewaterPlant.capacityM3PerDay',
    ],
    [
      'a plant that does not exist but complies',
      { wastewaterPlant: { status: 'NONE', compliant: true, autoMonitoring: false } },
      'input.wastewaterPlant.compliant',
    ],
    [
      'a plant commissioned in the future',
      {
        wastewaterPlant: {
          status: 'OPERATING',
          capacityM3PerDay: 500,
          commissionedOn: '2999-01-01',
          compliant: true,
          autoMonitoring: true,
        },
      },
      'input.wastewaterPlant.commissionedOn',
    ],
    [
      'a planned cluster with an operating plant',
      {
        status: 'PLANNED',
        wastewaterPlant: {
          status: 'OPERATING',
          capacityM3PerDay: 500,
          compliant: true,
          autoMonitoring: true,
        },
      },
      'input.wastewaterPlant.status',
    ],
  ])(
    'refuses to create a cluster with %s as BAD_USER_INPUT, writing nothing',
    async (_, change, field) => {
      const before = await clusterCount();
      const error = await refusal(
        hub
          .client(doit)
          .request(CREATE, { input: { ...valid, name: `Cụm thử ${field}`, ...change } }),
      );
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error?.message).toMatch(/ \/ /); // Vietnamese / English
      expect(await clusterCount()).toBe(before);
    },
  );

  it('refuses a second cluster of the same name in the same district as CONFLICT', async () => {
    const existing = seed.clusters[0];
    if (!existing) throw new Error('the seed has clusters');
    const before = await clusterCount();
    const error = await refusal(
      hub.client(doit).request(CREATE, {
        input: { ...valid, name: existing.name, adminUnitCode: existing.adminUnitCode },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    expect(await clusterCount()).toBe(before);
  });

  it.each<[Role, string, Record<string, unknown>]>([
    ['POLICE', CREATE, { input: valid }],
    ['HIZA', UPDATE, { input: { clusterId: operating?.id, occupancyPercent: 50 } }],
    ['DONRE', ADMIT, { input: { clusterId: operating?.id, facilityId: standalone?.id } }],
    ['CITY', CREATE, { input: valid }],
    ['AREA', CREATE, { input: valid }],
  ])('refuses a %s token as FORBIDDEN', async (role, document, variables) => {
    const token = await testToken({ role, adminUnits: role === 'AREA' ? ['017'] : undefined });
    const error = await refusal(hub.client(token).request(document, variables));
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses the public as FORBIDDEN', async () => {
    const error = await refusal(hub.client().request(CREATE, { input: valid }));
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to move a cluster back from OPERATING as CONFLICT, changing nothing', async () => {
    if (!operating) throw new Error('the seed has an operating cluster');
    const error = await refusal(
      hub.client(doit).request(UPDATE, {
        input: { clusterId: operating.id, status: 'PLANNED', occupancyPercent: 1 },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.status' });
    expect(await read(operating.id)).toMatchObject({ status: 'OPERATING' });
    expect((await read(operating.id))?.occupancyPercent).not.toBe(1);
  });

  it('refuses to rename a cluster to the name of another in its commune as CONFLICT', async () => {
    const a = seed.clusters.find((c) =>
      seed.clusters.some((d) => d !== c && d.adminUnitCode === c.adminUnitCode),
    );
    const b = seed.clusters.find((d) => d !== a && d.adminUnitCode === a?.adminUnitCode);
    if (!a || !b) throw new Error('some commune has two clusters');
    const error = await refusal(
      hub.client(doit).request(UPDATE, { input: { clusterId: a.id, name: b.name } }),
    );
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    expect((await read(a.id))?.name).toBe(a.name);
  });

  it.each([
    ['updateCluster', UPDATE, { occupancyPercent: 10 }],
    [
      'setClusterWastewaterPlant',
      SET_PLANT,
      { status: 'NONE', compliant: false, autoMonitoring: false },
    ],
    ['admitFacilityToCluster', ADMIT, { facilityId: standalone?.id }],
  ])('%s answers NOT_FOUND for a cluster that does not exist', async (_, document, input) => {
    const error = await refusal(
      hub.client(doit).request(document, {
        input: { clusterId: '0b7e8a4c-1d2e-4f3a-9b8c-7d6e5f4a3b2c', ...input },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.clusterId' });
  });

  it('refuses an operating plant for a planned cluster as CONFLICT, and a plant that is not operating but complies as BAD_USER_INPUT', async () => {
    if (!planned || !operating) throw new Error('the seed has planned and operating clusters');
    const conflictError = await refusal(
      hub.client(doit).request(SET_PLANT, {
        input: {
          clusterId: planned.id,
          status: 'OPERATING',
          capacityM3PerDay: 800,
          compliant: true,
          autoMonitoring: true,
        },
      }),
    );
    expect(conflictError?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.status' });
    expect((await read(planned.id))?.wastewaterPlant).toMatchObject({
      status: planned.plant.status,
    });

    const badError = await refusal(
      hub.client(doit).request(SET_PLANT, {
        input: {
          clusterId: operating.id,
          status: 'UNDER_CONSTRUCTION',
          capacityM3PerDay: 800,
          compliant: true,
          autoMonitoring: false,
        },
      }),
    );
    expect(badError?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.compliant',
    });
    expect((await read(operating.id))?.wastewaterPlant).toMatchObject({
      status: operating.plant.status,
    });
  });

  describe('admitting a facility', () => {
    const facilityCluster = async (id: string) =>
      (
        await hub
          .client(doit)
          .request<{ facility: { cluster: { id: string } | null } | null }>(
            'query ($id: ID!) { facility(id: $id) { cluster { id } } }',
            { id },
          )
      ).facility?.cluster ?? null;

    it('admits a standalone facility, which then names the cluster it is in', async () => {
      if (!standalone || !operating) throw new Error('the seed has both');
      const before = (await read(operating.id))?.tenantCount ?? 0;
      const admitted = (
        await hub.client(doit).request<{
          admitFacilityToCluster: {
            id: string;
            tenantCount: number;
            facilities: Array<{ id: string; name: string }>;
          };
        }>(ADMIT, {
          input: { clusterId: operating.id, facilityId: standalone.id, since: '2025-09-01' },
        })
      ).admitFacilityToCluster;
      expect(admitted.tenantCount).toBe(before + 1);
      expect(admitted.facilities).toContainEqual({ id: standalone.id, name: standalone.name });
      expect(await facilityCluster(standalone.id)).toEqual({ id: operating.id });
    });

    it.each([
      ['a facility already in a cluster', () => clusterTenant?.facilityId, 'CONFLICT'],
      ['a tenant of an industrial zone (asked of HIZA)', () => zoneTenant?.facilityId, 'CONFLICT'],
      [
        'a facility DONRE does not know',
        () => '5d1e0c3a-8b7f-4a6e-9d2c-1b0a9f8e7d6c',
        'BAD_USER_INPUT',
      ],
      ['an id that is not one', () => 'facility-1', 'BAD_USER_INPUT'],
    ])('refuses %s, writing nothing', async (_, facilityId, code) => {
      const target = seed.clusters.find(
        (c) => c.status === 'OPERATING' && c.id !== clusterTenant?.clusterId,
      );
      if (!target) throw new Error('the seed has operating clusters');
      const before = (await read(target.id))?.tenantCount;
      const id = facilityId();
      const error = await refusal(
        hub.client(doit).request(ADMIT, { input: { clusterId: target.id, facilityId: id } }),
      );
      expect(error?.extensions).toMatchObject({ code, field: 'input.facilityId' });
      expect((await read(target.id))?.tenantCount).toBe(before);
    });

    it('refuses a planned cluster as CONFLICT and a tenancy that begins in the future as BAD_USER_INPUT', async () => {
      const other = seed.facilities.find(
        (f) => f.setting === 'STANDALONE' && f.id !== standalone?.id,
      );
      if (!other || !planned || !operating) throw new Error('the seed has them');
      const plannedError = await refusal(
        hub.client(doit).request(ADMIT, { input: { clusterId: planned.id, facilityId: other.id } }),
      );
      expect(plannedError?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.clusterId',
      });
      const futureError = await refusal(
        hub.client(doit).request(ADMIT, {
          input: { clusterId: operating.id, facilityId: other.id, since: '2999-01-01' },
        }),
      );
      expect(futureError?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.since',
      });
      expect(await facilityCluster(other.id)).toBeNull();
    });
  });
});
