import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_SECRET, type IdentityConfig, identityChecks } from '../src/identityConfig';
import { signToken } from '../src/signToken';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const config: IdentityConfig = {
  HUB_JWT_SECRET: SECRET,
  HUB_JWT_ISSUER: 'issuer-x',
  HUB_JWT_AUDIENCE: 'audience-y',
};

describe('signToken', () => {
  it('signs an HS256 token with the configured issuer, audience, subject and role', async () => {
    const token = await signToken({ sub: 'officer-1', role: 'DONRE' }, config);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET), {
      issuer: 'issuer-x',
      audience: 'audience-y',
    });
    expect(payload.sub).toBe('officer-1');
    expect(payload.role).toBe('DONRE');
    expect(payload).not.toHaveProperty('adminUnits');
    expect(payload).not.toHaveProperty('facilityIds');
  });

  it('expires after one hour by default and after expiresIn seconds when given', async () => {
    const before = Math.floor(Date.now() / 1000);
    const hour = decodeJwt(await signToken({ sub: 's', role: 'CITY' }, config));
    const minute = decodeJwt(await signToken({ sub: 's', role: 'CITY', expiresIn: 60 }, config));
    const after = Math.floor(Date.now() / 1000);
    expect(hour.exp).toBeGreaterThanOrEqual(before + 3600);
    expect(hour.exp).toBeLessThanOrEqual(after + 3600);
    expect(minute.exp).toBeGreaterThanOrEqual(before + 60);
    expect(minute.exp).toBeLessThanOrEqual(after + 60);
  });

  it('signs with the development secret when no secret is configured', async () => {
    const token = await signToken(
      { sub: 's', role: 'HIZA' },
      { HUB_JWT_ISSUER: 'ipc-hub', HUB_JWT_AUDIENCE: 'ipc-hub' },
    );
    const { payload } = await jwtVerify(token, new TextEncoder().encode(DEVELOPMENT_SECRET));
    expect(payload.role).toBe('HIZA');
  });

  it('refuses to sign an AREA token without adminUnits', async () => {
    await expect(signToken({ sub: 's', role: 'AREA' }, config)).rejects.toThrow(
      'an AREA token must list adminUnits',
    );
    await expect(signToken({ sub: 's', role: 'AREA', adminUnits: [] }, config)).rejects.toThrow(
      'an AREA token must list adminUnits',
    );
  });

  it('refuses to sign an OPERATOR token without facilityIds', async () => {
    await expect(signToken({ sub: 's', role: 'OPERATOR' }, config)).rejects.toThrow(
      'an OPERATOR token must list facilityIds',
    );
  });

  it('refuses to sign a token with an empty subject', async () => {
    await expect(signToken({ sub: '', role: 'CITY' }, config)).rejects.toThrow();
  });
});

describe('identityChecks', () => {
  it('refuses a production service without its own key source', () => {
    expect(
      identityChecks({
        NODE_ENV: 'production',
        HUB_JWT_ISSUER: 'ipc-hub',
        HUB_JWT_AUDIENCE: 'ipc-hub',
      }),
    ).toEqual([
      'HUB_JWT_SECRET or HUB_JWKS_URL: required when NODE_ENV=production',
      'HUB_SUBGRAPH_SECRET: required when NODE_ENV=production',
    ]);
  });

  it('refuses both a secret and a key set, so no one wonders which is in force', () => {
    expect(
      identityChecks({
        HUB_JWT_SECRET: 'x'.repeat(32),
        HUB_JWKS_URL: 'https://id.hanoi.gov.vn/.well-known/jwks.json',
        HUB_JWT_ISSUER: 'ipc-hub',
        HUB_JWT_AUDIENCE: 'ipc-hub',
      }),
    ).toEqual(['HUB_JWT_SECRET, HUB_JWKS_URL: set one, not both']);
  });

  it('lets a developer run on the development secret', () => {
    expect(identityChecks({ HUB_JWT_ISSUER: 'ipc-hub', HUB_JWT_AUDIENCE: 'ipc-hub' })).toEqual([]);
  });
});
