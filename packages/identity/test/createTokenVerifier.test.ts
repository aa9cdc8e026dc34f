import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { createTokenVerifier } from '../src/createTokenVerifier';
import { PUBLIC_IDENTITY } from '../src/identity';
import { DEVELOPMENT_SECRET, type IdentityConfig } from '../src/identityConfig';
import { signToken } from '../src/signToken';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const config: IdentityConfig = {
  HUB_JWT_SECRET: SECRET,
  HUB_JWT_ISSUER: 'ipc-hub',
  HUB_JWT_AUDIENCE: 'ipc-hub',
};
const verify = createTokenVerifier(config);
const key = (secret: string) => new TextEncoder().encode(secret);
const now = () => Math.floor(Date.now() / 1000);

/** A token built by hand, claims and header as given, for what signToken refuses to mint. */
function craft(
  claims: Record<string, unknown>,
  options: {
    alg?: string;
    secret?: string;
    issuer?: string;
    audience?: string;
    exp?: number | null;
  } = {},
): Promise<string> {
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: options.alg ?? 'HS256', typ: 'JWT' })
    .setSubject('officer-1')
    .setIssuer(options.issuer ?? 'ipc-hub')
    .setAudience(options.audience ?? 'ipc-hub')
    .setIssuedAt();
  if (options.exp !== null) jwt = jwt.setExpirationTime(options.exp ?? now() + 600);
  return jwt.sign(key(options.secret ?? SECRET));
}

/** What a refusal is: a GraphQLError (identity does not depend on graphql, so checked by shape). */
interface Refusal {
  message: string;
  extensions: Record<string, unknown>;
}

async function refusal(authorization: string): Promise<Refusal> {
  const error = await verify(authorization).then(
    (identity) => identity,
    (e: unknown) => e,
  );
  if (!(error instanceof Error) || !('extensions' in error)) {
    throw new Error(`expected a refusal, got ${JSON.stringify(error)}`);
  }
  expect(error.constructor.name).toBe('GraphQLError');
  return error as Error & Refusal;
}

async function expectUnauthenticated(authorization: string, reason?: RegExp): Promise<void> {
  const error = await refusal(authorization);
  expect(error.extensions.code).toBe('UNAUTHENTICATED');
  expect(error.extensions.http).toEqual({ status: 401 });
  if (reason) expect(error.message).toMatch(reason);
}

describe('createTokenVerifier', () => {
  it('treats a request without an Authorization header as PUBLIC', async () => {
    expect(await verify(undefined)).toEqual(PUBLIC_IDENTITY);
    expect(await verify('')).toEqual(PUBLIC_IDENTITY);
    expect((await verify(undefined)).role).toBe('PUBLIC');
  });

  it('reads role, sub and adminUnits from a valid HS256 token made by signToken', async () => {
    const token = await signToken(
      { sub: 'officer-7', role: 'AREA', adminUnits: ['001', '004'] },
      config,
    );
    expect(await verify(`Bearer ${token}`)).toEqual({
      role: 'AREA',
      sub: 'officer-7',
      adminUnits: ['001', '004'],
      facilityIds: [],
      token,
    });
  });

  it("keeps an OPERATOR's facilityIds", async () => {
    const token = await signToken(
      { sub: 'op-1', role: 'OPERATOR', facilityIds: ['f-1', 'f-2'] },
      config,
    );
    const identity = await verify(`Bearer ${token}`);
    expect(identity.role).toBe('OPERATOR');
    expect(identity.facilityIds).toEqual(['f-1', 'f-2']);
    expect(identity.adminUnits).toEqual([]);
  });

  it('drops facilityIds and adminUnits from roles that are not OPERATOR or AREA', async () => {
    const token = await signToken(
      { sub: 'city-1', role: 'CITY', facilityIds: ['f-1'], adminUnits: ['001'] },
      config,
    );
    const identity = await verify(`Bearer ${token}`);
    expect(identity.role).toBe('CITY');
    expect(identity.facilityIds).toEqual([]);
    expect(identity.adminUnits).toEqual([]);
  });

  it('refuses an expired token as UNAUTHENTICATED, saying it expired', async () => {
    const token = await signToken({ sub: 'x', role: 'CITY', expiresIn: -60 }, config);
    await expectUnauthenticated(`Bearer ${token}`, /the token has expired/);
  });

  it('refuses a token signed with another secret as UNAUTHENTICATED', async () => {
    const token = await signToken(
      { sub: 'x', role: 'CITY' },
      { ...config, HUB_JWT_SECRET: 'another-secret-that-is-also-32-chars-long' },
    );
    await expectUnauthenticated(`Bearer ${token}`, /ERR_JWS_SIGNATURE_VERIFICATION_FAILED/);
  });

  it('refuses a token from another issuer as UNAUTHENTICATED', async () => {
    const token = await signToken(
      { sub: 'x', role: 'CITY' },
      { ...config, HUB_JWT_ISSUER: 'evil' },
    );
    await expectUnauthenticated(`Bearer ${token}`, /ERR_JWT_CLAIM_VALIDATION_FAILED/);
  });

  it('refuses a token for another audience as UNAUTHENTICATED', async () => {
    await expectUnauthenticated(
      `Bearer ${await craft({ role: 'CITY' }, { audience: 'another-hub' })}`,
      /ERR_JWT_CLAIM_VALIDATION_FAILED/,
    );
  });

  it('refuses a token without exp as UNAUTHENTICATED', async () => {
    await expectUnauthenticated(
      `Bearer ${await craft({ role: 'CITY' }, { exp: null })}`,
      /ERR_JWT_CLAIM_VALIDATION_FAILED/,
    );
  });

  it('refuses an unsigned token with alg none', async () => {
    const token = new UnsecuredJWT({ role: 'CITY' })
      .setSubject('officer-1')
      .setIssuer('ipc-hub')
      .setAudience('ipc-hub')
      .setExpirationTime(now() + 600)
      .encode();
    await expectUnauthenticated(`Bearer ${token}`);
  });

  it('refuses an HS512 token signed with the right secret: only HS256 is allowed', async () => {
    await expectUnauthenticated(
      `Bearer ${await craft({ role: 'CITY' }, { alg: 'HS512' })}`,
      /ERR_JOSE_ALG_NOT_ALLOWED/,
    );
  });

  it('refuses an Authorization header that is not a Bearer token', async () => {
    await expectUnauthenticated('Basic x', /not "Bearer <token>"/);
    await expectUnauthenticated('Bearer', /not "Bearer <token>"/);
    const token = await signToken({ sub: 'x', role: 'CITY' }, config);
    await expectUnauthenticated(`bearer ${token}`, /not "Bearer <token>"/);
    await expectUnauthenticated(`Bearer ${token} extra`, /not "Bearer <token>"/);
  });

  it('refuses a Bearer value that is not a JWT', async () => {
    await expectUnauthenticated('Bearer not-a-jwt');
  });

  it('refuses an AREA token without adminUnits', async () => {
    await expectUnauthenticated(
      `Bearer ${await craft({ role: 'AREA' })}`,
      /an AREA token must list adminUnits/,
    );
    await expectUnauthenticated(
      `Bearer ${await craft({ role: 'AREA', adminUnits: [] })}`,
      /an AREA token must list adminUnits/,
    );
  });

  it('refuses an OPERATOR token without facilityIds', async () => {
    await expectUnauthenticated(
      `Bearer ${await craft({ role: 'OPERATOR' })}`,
      /an OPERATOR token must list facilityIds/,
    );
  });

  it('refuses a token with an unknown role, or PUBLIC as a role', async () => {
    await expectUnauthenticated(`Bearer ${await craft({ role: 'ADMIN' })}`);
    await expectUnauthenticated(`Bearer ${await craft({ role: 'PUBLIC' })}`);
  });

  it('refuses a token without a role', async () => {
    await expectUnauthenticated(`Bearer ${await craft({})}`);
  });

  it('verifies with the development secret and says so when no secret or JWKS URL is set', async () => {
    const onDevelopmentSecret = vi.fn();
    const devConfig: IdentityConfig = { HUB_JWT_ISSUER: 'ipc-hub', HUB_JWT_AUDIENCE: 'ipc-hub' };
    const devVerify = createTokenVerifier(devConfig, { onDevelopmentSecret });
    expect(onDevelopmentSecret).toHaveBeenCalledTimes(1);
    const token = await craft({ role: 'POLICE' }, { secret: DEVELOPMENT_SECRET });
    expect((await devVerify(`Bearer ${token}`)).role).toBe('POLICE');
    // …and a verifier with a real secret refuses what the development secret signed.
    await expectUnauthenticated(`Bearer ${token}`);
  });

  it('does not report the development secret when a secret is configured', () => {
    const onDevelopmentSecret = vi.fn();
    createTokenVerifier(config, { onDevelopmentSecret });
    expect(onDevelopmentSecret).not.toHaveBeenCalled();
  });
});
