import { describe, expect, it } from 'vitest';
import { isLoopback } from '../src/isLoopback';
import { runLoad } from '../src/runLoad';

describe('isLoopback', () => {
  it.each([
    'http://127.0.0.1:4000/graphql',
    'http://localhost:4000/graphql',
    'http://[::1]:4000/graphql',
    'http://127.8.9.10/',
  ])('accepts %s', (url) => expect(isLoopback(url)).toBe(true));

  it.each([
    'http://10.0.0.5:4000/graphql',
    'https://ipc-hub.hanoi.gov.vn/graphql',
    'http://127.0.0.1.evil.example/',
    'not a url',
  ])('refuses %s', (url) => expect(isLoopback(url)).toBe(false));

  it('keeps the load generator from sending anything elsewhere', async () => {
    await expect(
      runLoad({
        url: 'http://192.168.1.10/graphql',
        mix: [],
        tokens: new Map(),
        concurrency: 1,
        durationMs: 10,
        maxRequests: 1,
      }),
    ).rejects.toThrow(/only addresses on this machine/);
  });
});
