import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@ipc-hub/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/consoleFiles';
import { type RunningConsoleServer, startConsoleServer } from '../src/consoleServer';

/** The console's own service in production, on a folder shaped like a Vite build. */
describe('the console server', () => {
  let dir: string;
  let server: RunningConsoleServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'console-server-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dir, 'assets', 'index-CQ4QzLnc.js'), 'console.log(1)');
    server = await startConsoleServer({
      dir,
      port: 0,
      host: '127.0.0.1',
      logger: createLogger('console', 'silent'),
    });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the app and its routes with index.html under a policy that keeps it to its own origin', async () => {
    for (const path of ['/', '/facilities/abc']) {
      const response = await fetch(server.url + path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>console</title>');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('serves hashed assets cached for good', async () => {
    const script = await fetch(`${server.url}/assets/index-CQ4QzLnc.js`);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers the probes, and nothing of the API or the example tokens', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    expect((await fetch(`${server.url}/graphql`)).status).toBe(404);
    expect((await fetch(`${server.url}/dev-tokens.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/missing-AAAAAAAA.js`)).status).toBe(404);
    const post = await fetch(`${server.url}/`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    writeFileSync(join(dir, '..', 'outside-console-server.txt'), 'outside');
    try {
      for (const path of ['/../outside-console-server.txt', '/%2e%2e/outside-console-server.txt']) {
        const response = await fetch(server.url + path);
        expect(await response.text()).not.toBe('outside');
      }
    } finally {
      rmSync(join(dir, '..', 'outside-console-server.txt'), { force: true });
    }
  });
});
