import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateIndustrySeed } from '@ipc-hub/seed/industry';
import { type SeededSubgraph, startSeededSubgraph } from '@ipc-hub/testing';
import { unitCodesUnder } from '@ipc-hub/units';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { industrySubgraph } from '../src/server';

const seed = generateHanoiSeed();
const infrastructure = new Map(
  generateIndustrySeed(seed).clusterInfrastructure.map((i) => [i.clusterId, i]),
);

/** What the seed says a cluster lacks, in the plan's order. */
function seededMissing(cluster: (typeof seed.clusters)[number]): string[] {
  const facts = infrastructure.get(cluster.id);
  return [
    facts?.roads ? null : 'ROADS',
    facts?.drainage ? null : 'DRAINAGE',
    facts?.power ? null : 'POWER',
    facts?.waterSupply ? null : 'WATER_SUPPLY',
    cluster.plant.status === 'OPERATING' ? null : 'WASTEWATER_PLANT',
    facts?.solidWasteCollection ? null : 'SOLID_WASTE_COLLECTION',
  ].filter((part): part is string => part !== null);
}

describe('the industry subgraph', () => {
  let industry: SeededSubgraph<Record<string, unknown>>;
  beforeAll(async () => {
    industry = await startSeededSubgraph(industrySubgraph);
  });
  afterAll(() => industry?.close());

  it('lists the operating clusters of a district with their tenants as references', async () => {
    const district = '276'; // Thạch Thất
    const { body } = await industry.post({
      query: `{ clusters(first: 100, filter: { adminUnitCode: "${district}", status: OPERATING }) {
        totalCount edges { node { id name adminUnit { code } tenantCount facilities { id } } } } }`,
    });
    // the former district reaches the communes formed from it, where its clusters now are
    const units = new Set(unitCodesUnder(district));
    const expected = seed.clusters.filter(
      (c) => units.has(c.adminUnitCode) && c.status === 'OPERATING',
    );
    expect(expected.length).toBeGreaterThan(0);
    const answer = (
      body.data as {
        clusters: {
          totalCount: number;
          edges: Array<{
            node: {
              id: string;
              adminUnit: { code: string };
              tenantCount: number;
              facilities: Array<{ id: string }>;
            };
          }>;
        };
      }
    ).clusters;
    expect(answer.totalCount).toBe(expected.length);
    for (const { node } of answer.edges) {
      const tenants = seed.clusterTenancies
        .filter((t) => t.clusterId === node.id)
        .map((t) => t.facilityId);
      expect(units.has(node.adminUnit.code)).toBe(true);
      expect(node.tenantCount).toBe(tenants.length);
      expect(node.facilities.map((f) => f.id).sort()).toEqual([...tenants].sort());
    }
  });

  it('gives each facility its cluster, and none to a facility in a zone', async () => {
    const inCluster = seed.clusterTenancies[0];
    const inZone = seed.zoneTenancies[0];
    if (!inCluster || !inZone) throw new Error('the seed has tenants');
    const { body } = await industry.post({
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { cluster { id } } } }`,
      variables: {
        r: [
          { __typename: 'Facility', id: inCluster.facilityId },
          { __typename: 'Facility', id: inZone.facilityId },
        ],
      },
    });
    expect(body.data).toEqual({
      _entities: [{ cluster: { id: inCluster.clusterId } }, { cluster: null }],
    });
  });

  it('says which operating clusters have complete infrastructure, and what the others lack', async () => {
    const query = `query ($complete: Boolean) {
      clusters(first: 200, filter: { status: OPERATING, infrastructureComplete: $complete }) {
        totalCount edges { node { id infrastructureComplete missingInfrastructure
          solidWasteCollection environmentalDossierComplete occupancyPercent wastewaterPlant { status } } } } }`;
    type Answer = {
      clusters: {
        totalCount: number;
        edges: Array<{
          node: { id: string; infrastructureComplete: boolean; missingInfrastructure: string[] };
        }>;
      };
    };
    const operating = seed.clusters.filter((c) => c.status === 'OPERATING');
    const complete = operating.filter((c) => seededMissing(c).length === 0);
    const [yes, no] = await Promise.all(
      [true, false].map(async (value) => {
        const { body } = await industry.post({ query, variables: { complete: value } });
        return (body.data as Answer).clusters;
      }),
    );
    expect(yes?.totalCount).toBe(complete.length);
    expect(yes?.totalCount).toBeGreaterThan(0);
    expect(yes?.totalCount).toBeLessThan(operating.length / 2);
    expect(no?.totalCount).toBe(operating.length - complete.length);
    for (const { node } of [...(yes?.edges ?? []), ...(no?.edges ?? [])]) {
      const cluster = operating.find((c) => c.id === node.id);
      if (!cluster) throw new Error(`cluster ${node.id} is not an operating one of the seed`);
      expect(node.missingInfrastructure).toEqual(seededMissing(cluster));
      expect(node.infrastructureComplete).toBe(node.missingInfrastructure.length === 0);
    }
  });

  it('reads one cluster with its infrastructure, and none for an id that is not one', async () => {
    const cluster = seed.clusters[0];
    if (!cluster) throw new Error('the seed has clusters');
    const facts = infrastructure.get(cluster.id);
    const { body } = await industry.post({
      query: `query ($id: ID!) { a: cluster(id: $id) { name developerKind occupancyPercent
        solidWasteCollection environmentalDossierComplete wastewaterPlant { status capacityM3PerDay } }
        b: cluster(id: "nope") { id } }`,
      variables: { id: cluster.id },
    });
    expect(body.data).toEqual({
      a: {
        name: cluster.name,
        developerKind: cluster.developerKind,
        occupancyPercent: facts?.occupancyPercent,
        solidWasteCollection: facts?.solidWasteCollection,
        environmentalDossierComplete: facts?.environmentalDossierComplete,
        wastewaterPlant: {
          status: cluster.plant.status,
          capacityM3PerDay: cluster.plant.capacityM3PerDay,
        },
      },
      b: null,
    });
  });

  it('pages through all clusters in name order without repeating one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await industry.post({
        query: `query ($after: String) { clusters(first: 25, after: $after) {
          edges { node { id name } } pageInfo { hasNextPage endCursor } } }`,
        variables: { after },
      });
      const page = (
        body.data as {
          clusters: {
            edges: Array<{ node: { id: string; name: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        }
      ).clusters;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(seed.clusters.length);
    expect(new Set(seen).size).toBe(seed.clusters.length);
  });
});
