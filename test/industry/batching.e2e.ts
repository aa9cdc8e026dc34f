import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';

const DOIT_DASHBOARD = `query ($first: Int!) {
  facilities(first: $first) {
    edges { node { id name
      cluster { name status infrastructureComplete missingInfrastructure tenantCount wastewaterPlant { status } }
      relocation { status deadline overdue
        destination { ... on IndustrialZone { name } ... on IndustrialCluster { name infrastructureComplete } } }
      certifications { kind number validUntil } } }
  }
}`;

describe('batching of DOIT’s fields on facilities', () => {
  let hub: TestStack;
  let doit: string;
  beforeAll(async () => {
    hub = await startHub();
    doit = await testToken({ role: 'DOIT' });
  });
  afterAll(() => hub?.close());

  async function statementsFor(first: number) {
    const before = hub.statements();
    const data = await hub.client(doit).request<{
      facilities: {
        edges: Array<{
          node: {
            cluster: unknown;
            relocation: { destination: unknown } | null;
            certifications: unknown[];
          };
        }>;
      };
    }>(DOIT_DASHBOARD, { first });
    const after = hub.statements();
    const nodes = data.facilities.edges.map((e) => e.node);
    return {
      nodes,
      statements: Object.fromEntries(
        Object.entries(after).map(([name, n]) => [name, n - (before[name] ?? 0)]),
      ),
    };
  }

  it('issues as many SQL statements for 500 facilities with their cluster, relocation and certifications as for 10', async () => {
    const ten = await statementsFor(10);
    const fiveHundred = await statementsFor(500);
    expect(fiveHundred.nodes).toHaveLength(500);
    // the 500 exercise every field: clusters, cases to zones and to clusters, certifications
    expect(fiveHundred.nodes.some((n) => n.cluster)).toBe(true);
    expect(fiveHundred.nodes.some((n) => n.relocation?.destination)).toBe(true);
    expect(fiveHundred.nodes.some((n) => n.certifications.length > 0)).toBe(true);
    expect(fiveHundred.statements).toEqual(ten.statements);
    expect(ten.statements.industry).toBeGreaterThan(0);
  });
});
