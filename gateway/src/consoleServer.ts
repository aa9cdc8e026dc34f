import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@ipc-hub/logger';
import { consoleFiles } from './consoleFiles';

export interface ConsoleServerOptions {
  /** the console's build (packages/console/dist) */
  dir: string;
  port: number;
  host: string;
  logger: Logger;
}

export interface RunningConsoleServer {
  /** e.g. http://127.0.0.1:8080 */
  url: string;
  close(): Promise<void>;
}

/**
 * The console's own service in production: the built files and nothing
 * else, so that the static pages scale and roll out apart from the gateway
 * while the ingress sends /graphql to the gateway and everything else here
 * (one origin, no CORS). The files are served by the same handler the
 * gateway uses under `pnpm start`; never any example tokens. `/health` and
 * `/ready` answer the probes; `/ready` only once the build is readable.
 */
export async function startConsoleServer(
  options: ConsoleServerOptions,
): Promise<RunningConsoleServer> {
  const files = consoleFiles({ dir: options.dir });
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://console').pathname;
    if (pathname === '/health' || pathname === '/ready') {
      response.statusCode = 200;
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.setHeader('cache-control', 'no-store');
      response.end(JSON.stringify({ status: 'ok' }));
      return;
    }
    if (!files(request, response, pathname)) {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/plain; charset=utf-8');
      response.end('not found');
    }
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  options.logger.info({ url, dir: options.dir }, 'console listening');
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
