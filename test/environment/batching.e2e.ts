import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';

const REGISTRY = `query ($first: Int!) {
  facilities(first: $first) {
    edges { node {
      id name legalRepresentative { fullName }
      approvals { id kind status postApprovalInspections { inspectedOn } }
      hazardousWaste { code streams { wasteCode } reports { period generatedKg } }
      seriousPollution { id resolution }
    } }
  }
}`;

describe("DONRE's registry with everything it holds", () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  it('costs the same number of SQL statements for 500 facilities as for 10', async () => {
    const donre = await testToken({ role: 'DONRE' });
    const count = async (first: number) => {
      const before = hub.statements().environment ?? 0;
      const data = await hub
        .client(donre)
        .request<{ facilities: { edges: unknown[] } }>(REGISTRY, { first });
      expect(data.facilities.edges).toHaveLength(first);
      return (hub.statements().environment ?? 0) - before;
    };
    const ten = await count(10);
    expect(ten).toBeGreaterThan(0);
    expect(await count(500)).toBe(ten);
  });
});
