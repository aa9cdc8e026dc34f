import { generateHanoiSeed } from '@ipc-hub/seed';
import { type SeededSubgraph, startSeededSubgraph } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { industrySubgraph } from '../src/server';

const seed = generateHanoiSeed();

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
    const expected = seed.clusters.filter(
      (c) => c.adminUnitCode === district && c.status === 'OPERATING',
    );
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
      expect(node.adminUnit.code).toBe(district);
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
});
