import type { TestStack } from '@ipc-hub/testing';
import { ClientError } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from './support/startHub';

describe('an agency that is down', () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  it("leaves the other agencies' data flowing, with an error naming the police subgraph", async () => {
    await hub.stopSubgraph('police');
    const query =
      '{ facilities(first: 20, filter: { status: OPERATING }) { edges { node { name zone { name } cluster { name } violations { id } } } } }';
    const result = await hub
      .client()
      .rawRequest<{
        facilities: {
          edges: Array<{
            node: { name: string; zone: unknown; cluster: unknown; violations: unknown };
          }>;
        };
      }>(query)
      .catch((error: unknown) => {
        // graphql-request throws on any error; the partial data is on the error's response
        if (error instanceof ClientError) return error.response as never;
        throw error;
      });
    const { data, errors } = result as {
      data: { facilities: { edges: Array<{ node: Record<string, unknown> }> } };
      errors: Array<{ message: string; extensions: Record<string, unknown> }>;
    };
    expect(data.facilities.edges).toHaveLength(20);
    const nodes = data.facilities.edges.map((e) => e.node);
    expect(nodes.every((n) => typeof n.name === 'string' && n.name.length > 0)).toBe(true);
    expect(nodes.some((n) => n.zone !== null)).toBe(true);
    expect(nodes.some((n) => n.cluster !== null)).toBe(true);
    expect(nodes.every((n) => n.violations === null)).toBe(true);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions).toMatchObject({
      code: 'AGENCY_UNAVAILABLE',
      serviceName: 'police',
    });
    expect(errors[0]?.message).toContain('police');
    expect(errors[0]?.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  });
});
