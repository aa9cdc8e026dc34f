import type { TestStack } from '@ipc-hub/testing';
import { testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';

const FACILITIES_WITH_POLICE_RECORDS = `query ($first: Int!) {
  facilities(first: $first) {
    edges { node {
      id name
      violations { id status sanction { decisionNumber fineVnd paidOn } inspection { id kind } caseFile { id } }
      openViolationCount
      inspections { id outcome violations { id } }
    } }
  }
}`;

interface Answer {
  facilities: {
    edges: Array<{
      node: {
        violations: Array<{ sanction: unknown; inspection: unknown }>;
        inspections: unknown[];
      };
    }>;
  };
}

describe('batching of the police records', () => {
  let hub: TestStack;
  let token: string;
  beforeAll(async () => {
    hub = await startHub();
    token = await testToken({ role: 'POLICE' });
  });
  afterAll(() => hub?.close());

  async function policeStatementsFor(first: number): Promise<{ statements: number; data: Answer }> {
    const before = hub.statements().police ?? 0;
    const data = await hub.client(token).request<Answer>(FACILITIES_WITH_POLICE_RECORDS, { first });
    expect(data.facilities.edges).toHaveLength(first);
    return { statements: (hub.statements().police ?? 0) - before, data };
  }

  it('lists 500 facilities with their violations, sanctions and inspections in no more SQL statements than 10', async () => {
    const ten = await policeStatementsFor(10);
    const nodes = ten.data.facilities.edges.map((e) => e.node);
    // the ten reach every per-parent loader, or the comparison would prove nothing
    expect(nodes.some((n) => n.violations.some((v) => v.sanction !== null))).toBe(true);
    expect(nodes.some((n) => n.violations.some((v) => v.inspection !== null))).toBe(true);
    expect(nodes.some((n) => n.inspections.length > 0)).toBe(true);
    const fiveHundred = await policeStatementsFor(500);
    expect(fiveHundred.statements).toBeLessThanOrEqual(ten.statements);
    expect(ten.statements).toBeGreaterThan(0);
  });
});
