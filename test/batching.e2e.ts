import type { TestStack } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from './support/startHub';

const DASHBOARD = `query ($first: Int!) {
  facilities(first: $first) {
    edges { node { id name adminUnit { name } zone { name } cluster { name } violations { id status } openViolationCount } }
  }
}`;

describe('batching', () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  async function statementsFor(first: number): Promise<Record<string, number>> {
    const before = hub.statements();
    const data = await hub
      .client()
      .request<{ facilities: { edges: unknown[] } }>(DASHBOARD, { first });
    expect(data.facilities.edges).toHaveLength(first);
    const after = hub.statements();
    return Object.fromEntries(
      Object.entries(after).map(([name, n]) => [name, n - (before[name] ?? 0)]),
    );
  }

  it('issues the same number of SQL statements in each subgraph for 10 facilities as for 500', async () => {
    const ten = await statementsFor(10);
    const fiveHundred = await statementsFor(500);
    expect(fiveHundred).toEqual(ten);
    // and every agency was actually asked: a subgraph left out would count zero in both
    for (const name of ['environment', 'industry', 'zones', 'police']) {
      expect(ten[name]).toBeGreaterThan(0);
    }
  });
});
