import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the receiver does with the next POST to a path: answer with a status, or never answer. */
export type Reply = number | 'hang';

/**
 * A real HTTP receiver on loopback, as an agency's system would run one: it
 * keeps every POST with its raw body and answers each path from a script
 * (`script('/flaky', 500, 500, 200)`), 200 once the script is spent.
 */
export async function startWebhookReceiver() {
  const posts: ReceivedPost[] = [];
  const scripts = new Map<string, Reply[]>();
  const waiters: Array<() => void> = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      posts.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      for (const wake of waiters.splice(0)) wake();
      const reply = scripts.get(path)?.shift() ?? 200;
      if (reply === 'hang') return;
      response.writeHead(reply, { 'content-type': 'text/plain' });
      response.end(reply < 300 ? 'ok' : 'failed');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const postsTo = (path: string) => posts.filter((post) => post.path === path);
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    postsTo,
    script(path: string, ...replies: Reply[]) {
      scripts.set(path, replies);
    },
    /** resolves once `count` POSTs reached `path`, or fails after `timeoutMs` */
    async waitFor(path: string, count: number, timeoutMs = 20_000): Promise<ReceivedPost[]> {
      const deadline = Date.now() + timeoutMs;
      while (postsTo(path).length < count) {
        if (Date.now() > deadline) {
          throw new Error(`${path}: ${postsTo(path).length} of ${count} POSTs in ${timeoutMs} ms`);
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return postsTo(path);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>;
