import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createLogger } from '@ipc-hub/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../src/config';
import { type RunningGateway, startGateway } from '../src/startGateway';

/** The gateway serving a built console: its real HTTP service, on a folder shaped like a Vite build. */
describe('the gateway serves the web console', () => {
  let dir: string;
  let gateway: RunningGateway;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(dir, 'assets', 'index-CQ4QzLnc.js'), 'console.log(1)');
    writeFileSync(join(dir, 'assets', 'index-C8pdCUjf.css'), 'body{}');
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    writeFileSync(join(dir, '..', 'secret.txt'), 'outside');
    const tokens = join(dir, '..', `tokens-${process.pid}.json`);
    writeFileSync(tokens, JSON.stringify([{ label: 'DONRE', token: 'a.b.c' }]));
    const config = loadGatewayConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      CONSOLE_DIR: dir,
      CONSOLE_DEV_TOKENS_FILE: tokens,
    });
    gateway = await startGateway(config, createLogger('gateway', 'silent'));
    base = gateway.http.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await gateway?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(dir, '..', 'secret.txt'), { force: true });
    rmSync(join(dir, '..', `tokens-${process.pid}.json`), { force: true });
  });

  it('answers / and any route of the app with index.html, not cached', async () => {
    for (const path of ['/', '/facilities/abc', '/monitoring?station=1']) {
      const response = await fetch(base + path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>console</title>');
    }
  });

  it('serves hashed assets with their type, cached for good', async () => {
    const script = await fetch(`${base}/assets/index-CQ4QzLnc.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await script.text()).toBe('console.log(1)');
    const style = await fetch(`${base}/assets/index-C8pdCUjf.css`);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const icon = await fetch(`${base}/favicon.svg`);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('compresses text as the browser accepts it (brotli, else gzip), and sends it as is to one that takes neither', async () => {
    const script = 'console.log("console");\n'.repeat(200);
    writeFileSync(join(dir, 'assets', 'big-D4tmP9aQ.js'), script);
    const raw = async (path: string, acceptEncoding: string) => {
      const response = await fetch(base + path, { headers: { 'accept-encoding': acceptEncoding } });
      // fetch would undo the encoding by itself: the bytes are read as they came
      return {
        encoding: response.headers.get('content-encoding'),
        vary: response.headers.get('vary'),
        length: Number(response.headers.get('content-length')),
        status: response.status,
      };
    };
    const viaHttp = (path: string, acceptEncoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((done, fail) => {
        get(base + path, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            done({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        }).on('error', fail);
      });
    const gzip = await viaHttp('/assets/big-D4tmP9aQ.js', 'gzip, deflate');
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);
    expect(gzip.body.length).toBeLessThan(script.length / 10);
    const br = await viaHttp('/assets/big-D4tmP9aQ.js', 'gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    const plain = await viaHttp('/assets/big-D4tmP9aQ.js', 'identity');
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    const refused = await viaHttp('/assets/big-D4tmP9aQ.js', 'br;q=0, gzip');
    expect(refused.encoding).toBe('gzip');
    // the page itself too, and the answer says it depends on the request's encodings
    const page = await raw('/facilities/abc', 'gzip');
    expect(page).toMatchObject({ encoding: 'gzip', vary: 'accept-encoding', status: 200 });
    // a changed file is served changed (the compressed copy is not kept past it)
    writeFileSync(join(dir, 'assets', 'big-D4tmP9aQ.js'), 'changed();');
    expect(gunzipSync((await viaHttp('/assets/big-D4tmP9aQ.js', 'gzip')).body).toString()).toBe(
      'changed();',
    );
  });

  it('answers a missing asset 404, not with the page', async () => {
    expect((await fetch(`${base}/assets/index-gone1234.js`)).status).toBe(404);
    expect((await fetch(`${base}/robots.txt`)).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    for (const path of ['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt']) {
      const response = await fetch(base + path);
      expect(await response.text()).not.toContain('outside');
    }
  });

  it('leaves /graphql, /health and /ready to the service', async () => {
    const health = await fetch(`${base}/health`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect(await ready.json()).toEqual({ status: 'ready' });
    const graphql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.headers.get('content-type')).toContain('application/json');
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('hands the example tokens only where it was given them, never in production', async () => {
    const response = await fetch(`${base}/dev-tokens.json`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual([{ label: 'DONRE', token: 'a.b.c' }]);

    const production = await startGateway(
      loadGatewayConfig({
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        CONSOLE_DIR: dir,
        CONSOLE_DEV_TOKENS_FILE: join(dir, '..', `tokens-${process.pid}.json`),
        HUB_JWT_SECRET: 'x'.repeat(48),
        HUB_SUBGRAPH_SECRET: 'y'.repeat(48),
      }),
      createLogger('gateway', 'silent'),
    );
    try {
      const url = production.http.url.replace(/\/graphql$/, '');
      expect((await fetch(`${url}/dev-tokens.json`)).status).toBe(404);
      expect((await fetch(`${url}/`)).status).toBe(200);
    } finally {
      await production.close();
    }
  });

  it("sends a browser opening /graphql to the console's own explorer, never to a CDN", async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('url=/explorer');
    expect(html).not.toMatch(/apollographql|cdn|https?:\/\//i);
  });
});
