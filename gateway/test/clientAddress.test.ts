import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../src/clientAddress';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('is the socket’s address when no proxy is trusted, whatever the header claims', () => {
    expect(clientAddress(request('::ffff:10.1.2.3', '1.2.3.4'), 0)).toBe('10.1.2.3');
  });

  it('is the entry the trusted proxy wrote, not what the client put before it', () => {
    expect(clientAddress(request('10.0.0.1', '6.6.6.6, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.1', '6.6.6.6, 203.0.113.7, 10.0.0.9'), 2)).toBe(
      '203.0.113.7',
    );
  });

  it('falls back to the leftmost entry, or the socket, when fewer hops are there', () => {
    expect(clientAddress(request('10.0.0.1', '203.0.113.7'), 2)).toBe('203.0.113.7');
    expect(clientAddress(request('10.0.0.1'), 1)).toBe('10.0.0.1');
  });
});
