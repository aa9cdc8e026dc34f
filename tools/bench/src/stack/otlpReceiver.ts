import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OtlpReceiver {
  /** e.g. http://127.0.0.1:4321, as OTEL_EXPORTER_OTLP_ENDPOINT takes it */
  url: string;
  /** export requests received on /v1/traces, and their bytes */
  requests(): number;
  bytes(): number;
  close(): Promise<void>;
}

/**
 * A collector's front door on loopback for the bench: it takes OTLP/HTTP
 * trace exports (`POST /v1/traces`), counts them and answers 200 as a
 * collector does, so that the services pay the export's full cost
 * (serialising and sending) and the bench can show the spans arrived.
 */
export async function otlpReceiver(port: number): Promise<OtlpReceiver> {
  let requests = 0;
  let bytes = 0;
  const server = createServer((request, response) => {
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
    });
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/v1/traces') {
        requests += 1;
        bytes += size;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{}');
      } else {
        response.writeHead(404);
        response.end();
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    requests: () => requests,
    bytes: () => bytes,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
