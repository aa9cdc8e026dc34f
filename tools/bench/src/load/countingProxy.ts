import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CountingProxy {
  /** the proxy's address of the target's path, e.g. http://127.0.0.1:41234/graphql */
  url: string;
  /** POSTs passed on so far: the calls the gateway made to the subgraph behind */
  calls(): number;
  close(): Promise<void>;
}

/**
 * An HTTP pass-through in the bench's process between a gateway and one
 * subgraph, counting the GraphQL calls (POSTs) that reach the subgraph:
 * what (l) reads to say that an attack was refused before any subgraph call.
 */
export async function countingProxy(target: string): Promise<CountingProxy> {
  const to = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let posts = 0;
  const server = createServer((incoming, outgoing) => {
    if (incoming.method === 'POST') posts += 1;
    const forwarded = request(
      {
        host: to.hostname,
        port: to.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
        agent,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    // the gateway gave up: so does the call it made
    outgoing.on('close', () => {
      if (!outgoing.writableFinished) forwarded.destroy();
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${to.pathname}`,
    calls: () => posts,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
