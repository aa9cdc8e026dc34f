import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './support/postGraphQL';
import { startHub } from './support/startHub';

const post = (url: string, query: string, headers: Record<string, string> = {}) =>
  postGraphQL(url, { query }, headers);

describe('the gateway and the caller’s token', () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  it('serves a caller without a token as the public', async () => {
    const { status, body } = await post(hub.gatewayUrl, '{ zones(first: 1) { totalCount } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('accepts a token it signed and passes it on to the subgraphs', async () => {
    const token = await testToken({ role: 'POLICE' });
    const { status, body } = await post(
      hub.gatewayUrl,
      '{ facilities(first: 3) { edges { node { name violations { id } } } } }',
      { authorization: `Bearer ${token}` },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it.each([
    [
      'a token signed with another secret',
      async () => `Bearer ${(await testToken({ role: 'CITY' })).slice(0, -6)}abcdef`,
    ],
    ['an expired token', async () => `Bearer ${await testToken({ role: 'CITY', expiresIn: -60 })}`],
    ['a header that is not a bearer token', async () => 'Basic ZG9ucmU6c2VjcmV0'],
  ])(
    'refuses %s with 401 UNAUTHENTICATED instead of treating it as the public',
    async (_, header) => {
      const { status, body } = await post(hub.gatewayUrl, '{ zones(first: 1) { totalCount } }', {
        authorization: await header(),
      });
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  );

  it('keeps a request id from the caller that is a UUID and returns it', async () => {
    const id = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
    const { requestId } = await post(hub.gatewayUrl, '{ zones(first: 1) { totalCount } }', {
      'x-request-id': id,
    });
    expect(requestId).toBe(id);
  });

  it('replaces a request id from the caller that is not a UUID', async () => {
    const { requestId } = await post(hub.gatewayUrl, '{ zones(first: 1) { totalCount } }', {
      'x-request-id': 'donre-system-0001',
    });
    expect(requestId).not.toBe('donre-system-0001');
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('answers malformed JSON with 400 and nothing of its internals', async () => {
    const response = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ zones { totalCount } }"',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});
