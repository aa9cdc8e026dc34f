import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier } from '../src/createTokenVerifier';

/** An identity provider's key set, served over HTTP as a real JWKS endpoint would be. */
describe('tokens signed by an identity provider (HUB_JWKS_URL)', () => {
  let server: Server;
  let url: string;
  const published: JWK[] = [];
  let first: PrivateKey;
  let second: PrivateKey;
  let nextKey: JWK;

  const sign = (key: PrivateKey, kid: string, claims: Record<string, unknown> = {}) =>
    new SignJWT({ role: 'DONRE', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('can.bo@stnmt')
      .setIssuer('ipc-hub')
      .setAudience('ipc-hub')
      .setExpirationTime('5m')
      .sign(key);

  beforeAll(async () => {
    const a = await generateKeyPair('RS256');
    const b = await generateKeyPair('RS256');
    first = a.privateKey;
    second = b.privateKey;
    published.push({
      ...(await exportJWK(a.publicKey)),
      kid: 'key-2026-01',
      alg: 'RS256',
      use: 'sig',
    });
    // the second key is created now and published later, as in a rotation
    nextKey = {
      ...(await exportJWK(b.publicKey)),
      kid: 'key-2026-07',
      alg: 'RS256',
      use: 'sig',
    };
    server = createServer((_, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const verifier = () =>
    createTokenVerifier(
      { HUB_JWKS_URL: url, HUB_JWT_ISSUER: 'ipc-hub', HUB_JWT_AUDIENCE: 'ipc-hub' },
      // a short cooldown: how soon an unknown key id may make the verifier refetch the set
      { jwksCooldownMs: 50 },
    );

  it('accepts a token signed with a published key', async () => {
    const identity = await verifier()(`Bearer ${await sign(first, 'key-2026-01')}`);
    expect(identity).toMatchObject({ role: 'DONRE', sub: 'can.bo@stnmt' });
  });

  it('refuses a token naming a key the provider has not published', async () => {
    await expect(verifier()(`Bearer ${await sign(second, 'key-2026-07')}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('accepts the new key once the provider publishes it, without a restart', async () => {
    const verify = verifier();
    await expect(verify(`Bearer ${await sign(second, 'key-2026-07')}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    published.push(nextKey);
    // jose refetches the set, after its cooldown, when a token names a key it has not seen
    await new Promise((resolve) => setTimeout(resolve, 100));
    const identity = await verify(`Bearer ${await sign(second, 'key-2026-07')}`);
    expect(identity.role).toBe('DONRE');
  });

  it('refuses an HS256 token when keys come from a provider (no algorithm confusion)', async () => {
    const hs = await new SignJWT({ role: 'POLICE' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('ipc-hub')
      .setAudience('ipc-hub')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-secret-of-at-least-thirty-two-characters'));
    await expect(verifier()(`Bearer ${hs}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
