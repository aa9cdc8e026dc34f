import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';

/** A port nothing listens on right now, for a service whose address others must know before it starts. */
export async function freePort(): Promise<number> {
  const reserved = await reservePort();
  await reserved.release();
  return reserved.port;
}

export interface ReservedPort {
  port: number;
  /** stops holding the port: call it just before the service that takes it listens */
  release(): Promise<void>;
}

/**
 * A port held open until `release`: while it is held, no other process's
 * `listen(0)` (a subgraph of another test file starting meanwhile) can be
 * given it, so a service whose address is handed out long before it starts
 * does not find its port taken.
 */
export function reservePort(): Promise<ReservedPort> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        release: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
