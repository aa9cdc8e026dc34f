import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestScope } from '@ipc-hub/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphFetcher } from '../src/subgraphFetcher';

describe('subgraphFetcher when the gateway’s caller goes away', () => {
  let url: string;
  let closedEarly = 0;
  const server = createServer((request, response) => {
    // A subgraph busy with a slow query: it answers only after a long while.
    const timer = setTimeout(() => response.end('{"data":{}}'), 20_000);
    response.on('close', () => {
      clearTimeout(timer);
      if (!response.writableFinished) closedEarly += 1;
    });
    request.resume();
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('drops the subgraph call, so the subgraph sees its caller leave', async () => {
    const transport = subgraphFetcher({ timeoutMs: 30_000, connections: 2, retryQueries: true });
    const caller = new AbortController();
    const call = requestScope.run(
      { requestId: 'test', sqlStatements: 0, signal: caller.signal },
      () => transport.fetch(url, { method: 'POST', body: '{"query":"{ a }"}' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    caller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    for (let i = 0; i < 50 && closedEarly === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(closedEarly).toBe(1);
    await transport.close();
  });

  it('does not call at all for a caller already gone', async () => {
    const transport = subgraphFetcher({ timeoutMs: 30_000, connections: 2, retryQueries: true });
    const caller = new AbortController();
    caller.abort();
    await expect(
      requestScope.run({ requestId: 'test', sqlStatements: 0, signal: caller.signal }, () =>
        transport.fetch(url, { method: 'POST', body: '{"query":"{ a }"}' }),
      ),
    ).rejects.toMatchObject({ name: 'AbortError' });
    await transport.close();
  });
});
