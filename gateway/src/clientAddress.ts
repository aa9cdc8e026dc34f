import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from. Behind `trustedProxyHops` proxies (a load
 * balancer, an ingress), each appends who connected to it to X-Forwarded-For,
 * so the entry the outermost trusted proxy wrote is the client; entries left
 * of it are whatever the client claimed and are not believed.
 */
export function clientAddress(request: IncomingMessage, trustedProxyHops: number): string {
  const socketAddress = request.socket.remoteAddress ?? 'unknown';
  if (trustedProxyHops === 0) return normalize(socketAddress);
  const header = request.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const client = hops[Math.max(0, hops.length - trustedProxyHops)];
  return normalize(client ?? socketAddress);
}

/** `::ffff:10.0.0.7` and `10.0.0.7` are one client. */
function normalize(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}
