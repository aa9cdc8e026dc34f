import { startGateway } from '@ipc-hub/gateway';
import { loadGatewayConfig } from '@ipc-hub/gateway/config';
import { TEST_SECRET, TEST_SUBGRAPH_SECRET, testLogger, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, postGraphQL } from '../support/postGraphQL';
import { type GuardedHub, startGuardedHub } from './support/startGuardedHub';

const DASHBOARD_ORIGIN = 'https://dashboard.hanoi.gov.vn';
const ZONES = '{ zones(first: 1) { totalCount } }';

describe('the gateway’s transport', () => {
  let stack: GuardedHub;
  let url: string;
  beforeAll(async () => {
    stack = await startGuardedHub({
      HUB_CORS_ORIGINS: `${DASHBOARD_ORIGIN},http://localhost:5173`,
    });
    url = stack.hub.gatewayUrl;
  });
  afterAll(() => stack?.hub.close());

  it('refuses a batch of operations in one request', async () => {
    const before = stack.hub.statements();
    const answer = await postGraphQL(url, JSON.stringify([{ query: ZONES }, { query: ZONES }]));
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(answer.body.errors?.[0]?.message).toMatch(/batching/i);
    expect(stack.hub.statements()).toEqual(before);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a POST sent as %s, which a page of any origin could send without asking (CSRF)',
    async (contentType) => {
      const before = stack.hub.statements();
      const answer = await postGraphQL(url, JSON.stringify({ query: ZONES }), {
        'content-type': contentType,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
      expect(answer.body.errors?.[0]?.message).toMatch(/Cross-Site Request Forgery/);
      expect(stack.hub.statements()).toEqual(before);
    },
  );

  it('refuses a GET without a header a cross-site page could not set, and answers it with one', async () => {
    const address = `${url}?query=${encodeURIComponent(ZONES)}`;
    const bare = await fetch(address);
    expect(bare.status).toBe(400);
    const preflighted = await fetch(address, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    const body = (await preflighted.json()) as { data: { zones: { totalCount: number } } };
    expect(body.data.zones.totalCount).toBeGreaterThan(0);
  });

  it('refuses a mutation sent over GET with 405, before it runs', async () => {
    const token = await testToken({ role: 'HIZA' });
    const mutation =
      'mutation { createZone(input: { code: "KCN-GET", name: "KCN GET", kind: INDUSTRIAL_ZONE, adminUnitCode: "00454" }) { id } }';
    const before = stack.hub.statements();
    const response = await fetch(`${url}?query=${encodeURIComponent(mutation)}`, {
      headers: { 'apollo-require-preflight': 'true', ...bearer(token) },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(stack.hub.statements()).toEqual(before);
  });

  it('answers malformed JSON with 400 and nothing of its internals', async () => {
    const answer = await postGraphQL(url, '{"query": "{ zones { totalCount } }"');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('refuses a body larger than the limit with 413', async () => {
    const padding = 'x'.repeat(1_000_001);
    const answer = await postGraphQL(url, JSON.stringify({ query: ZONES, padding }));
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });

    it('lets a page of an allowed origin send its token and JSON', async () => {
      const response = await preflight(DASHBOARD_ORIGIN);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD_ORIGIN);
      expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
      expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(response.headers.get('access-control-allow-headers')).toContain('content-type');
      expect(response.headers.get('vary')).toBe('Origin');
    });

    it('gives no permission to a page of any other origin', async () => {
      const response = await preflight('https://evil.example');
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('lets the allowed page read the answer and its request id, and no other page', async () => {
      const allowed = await postGraphQL(url, { query: ZONES }, { origin: DASHBOARD_ORIGIN });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(DASHBOARD_ORIGIN);
      expect(allowed.headers.get('access-control-expose-headers')).toContain('x-request-id');
      const other = await postGraphQL(url, { query: ZONES }, { origin: 'https://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      expect(other.headers.get('vary')).toBe('Origin');
    });
  });
});

describe('the rate limit', () => {
  let stack: GuardedHub;
  let gateway: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    stack = await startGuardedHub();
    const subgraphUrl = (name: string) => stack.hub.subgraphs[name]?.http.url ?? '';
    // A gateway of its own, with buckets of three that take minutes to refill:
    // whatever the machine's speed, the fourth request comes before a fresh token.
    gateway = await startGateway(
      loadGatewayConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        HUB_JWT_SECRET: TEST_SECRET,
        HUB_SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
        ENVIRONMENT_URL: subgraphUrl('environment'),
        INDUSTRY_URL: subgraphUrl('industry'),
        ZONES_URL: subgraphUrl('zones'),
        POLICE_URL: subgraphUrl('police'),
        RATE_LIMIT_PER_SECOND: '0.01',
        RATE_LIMIT_BURST: '3',
        RATE_LIMIT_PUBLIC_PER_SECOND: '0.01',
        RATE_LIMIT_PUBLIC_BURST: '3',
        // as behind one load balancer: X-Forwarded-For names the client
        TRUSTED_PROXY_HOPS: '1',
      }),
      testLogger('gateway'),
    );
  });
  afterAll(async () => {
    await gateway?.close();
    await stack?.hub.close();
  });

  const ask = (headers: Record<string, string>) =>
    postGraphQL(gateway.http.url, { query: ZONES }, headers);

  it('answers 429 with Retry-After to a public client over its limit, and not another client', async () => {
    const client = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < 3; i += 1) expect((await ask(client)).status).toBe(200);
    const before = stack.hub.statements();
    const refused = await ask(client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(
      Number(refused.headers.get('retry-after')),
    );
    expect(stack.hub.statements()).toEqual(before);
    expect((await ask({ 'x-forwarded-for': '198.51.100.20' })).status).toBe(200);
  });

  it('limits a signed-in caller by the token’s subject, wherever it calls from', async () => {
    const officer = bearer(await testToken({ role: 'DONRE', sub: 'donre-officer-7' }));
    const statuses: number[] = [];
    for (const address of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4']) {
      statuses.push((await ask({ ...officer, 'x-forwarded-for': address })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const colleague = bearer(await testToken({ role: 'DONRE', sub: 'donre-officer-8' }));
    expect((await ask({ ...colleague, 'x-forwarded-for': '192.0.2.1' })).status).toBe(200);
  });

  it('counts a refused token against the address that sent it', async () => {
    const forged = { authorization: 'Bearer not.a.token', 'x-forwarded-for': '203.0.113.99' };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await ask(forged)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
