import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does with the next requests: pass them on; answer 503 as a
 * load balancer does for a backend that is down; reset the connection
 * without answering (a crashed or restarting process); reset only the next
 * one, then pass.
 */
export type FaultMode = 'pass' | 'unavailable' | 'reset' | 'reset-once';

export interface FaultyProxy {
  /** the proxy's /graphql address, to give the gateway instead of the subgraph's */
  url: string;
  /** requests that reached the proxy so far */
  readonly requests: number;
  /** the operation types (`query`, `mutation`) of the requests that reached it, in order */
  readonly operations: string[];
  set mode(mode: FaultMode);
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** A controllable stand-in on the network path between the gateway and one subgraph. */
export async function startFaultyProxy(target: string): Promise<FaultyProxy> {
  let mode: FaultMode = 'pass';
  let requests = 0;
  const operations: string[] = [];
  const server = createServer(async (request, response) => {
    requests += 1;
    const body = await readBody(request);
    const query = (JSON.parse(body) as { query?: string }).query ?? '';
    operations.push(/^\s*mutation\b/.test(query) ? 'mutation' : 'query');
    if (mode === 'reset' || mode === 'reset-once') {
      if (mode === 'reset-once') mode = 'pass';
      request.socket.destroy();
      return;
    }
    if (mode === 'unavailable') {
      response.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
      return;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)) {
        headers[name] = value;
      }
    }
    const answer = await fetch(target, { method: 'POST', headers, body });
    response.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
    });
    response.end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    get requests() {
      return requests;
    },
    get operations() {
      return operations;
    },
    set mode(next: FaultMode) {
      mode = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
