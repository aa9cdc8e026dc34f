import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway } from '@ipc-hub/gateway';
import { loadGatewayConfig } from '@ipc-hub/gateway/config';
import { TEST_SECRET, TEST_SUBGRAPH_SECRET, type TestStack, testLogger } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from './support/startHub';

describe('an agency that answers too slowly', () => {
  let hub: TestStack;
  let stalled: Server;
  let gateway: Awaited<ReturnType<typeof startGateway>>;

  beforeAll(async () => {
    hub = await startHub();
    // A police endpoint that accepts the request and never answers.
    stalled = createServer(() => {});
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    const { port } = stalled.address() as AddressInfo;
    const url = (name: string) => hub.subgraphs[name]?.http.url ?? '';
    gateway = await startGateway(
      loadGatewayConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        HUB_JWT_SECRET: TEST_SECRET,
        HUB_SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
        ENVIRONMENT_URL: url('environment'),
        INDUSTRY_URL: url('industry'),
        ZONES_URL: url('zones'),
        POLICE_URL: `http://127.0.0.1:${port}/graphql`,
        SUBGRAPH_TIMEOUT_MS: '500',
      }),
      testLogger('gateway'),
    );
  });
  afterAll(async () => {
    await gateway?.close();
    stalled?.closeAllConnections();
    stalled?.close();
    await hub?.close();
  });

  it('is cut off after the timeout; the answer carries the other agencies and names the slow one', async () => {
    const response = await fetch(gateway.http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ facilities(first: 5) { edges { node { name zone { name } violations { id } } } } }',
      }),
    });
    const body = (await response.json()) as {
      data: { facilities: { edges: Array<{ node: { name: string; violations: unknown } }> } };
      errors: Array<{ message: string; extensions: Record<string, unknown> }>;
    };
    expect(body.data.facilities.edges).toHaveLength(5);
    expect(body.data.facilities.edges.every((e) => e.node.name && e.node.violations === null)).toBe(
      true,
    );
    expect(body.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'AGENCY_UNAVAILABLE', serviceName: 'police' }),
      }),
    ]);
    expect(body.errors[0]?.message).toContain('timed out');
  });
});
