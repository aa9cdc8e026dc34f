import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { subjectProblem } from '../src/claimsSchema';
import {
  CLOCK_SKEW_SECONDS,
  createTokenVerifier,
  lifetimeProblem,
} from '../src/createTokenVerifier';
import { DEFAULT_MAX_TOKEN_TTL_SECONDS, type IdentityConfig } from '../src/identityConfig';
import { signToken } from '../src/signToken';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const config: IdentityConfig = {
  HUB_JWT_SECRET: SECRET,
  HUB_JWT_ISSUER: 'ipc-hub',
  HUB_JWT_AUDIENCE: 'ipc-hub',
};
const verify = createTokenVerifier(config);
const now = () => Math.floor(Date.now() / 1000);

/** A correctly signed token with the subject and times given, as an issuer could make one. */
function craft(options: { sub?: string; iat?: number | null; exp?: number }): Promise<string> {
  let jwt = new SignJWT({ role: 'POLICE' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.sub ?? 'officer-1')
    .setIssuer('ipc-hub')
    .setAudience('ipc-hub')
    .setExpirationTime(options.exp ?? now() + 600);
  if (options.iat !== null) jwt = jwt.setIssuedAt(options.iat ?? now());
  return jwt.sign(new TextEncoder().encode(SECRET));
}

async function refusedWith(token: string): Promise<string> {
  const error = await verify(`Bearer ${token}`).then(
    () => null,
    (e: unknown) => e as Error & { extensions?: Record<string, unknown> },
  );
  expect(error, 'the token is refused').not.toBeNull();
  expect(error?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(error?.extensions?.http).toEqual({ status: 401 });
  return error?.message ?? '';
}

describe("a token's subject", () => {
  it.each([
    ['NUL', 'officer\u0000-1'],
    ['a newline', 'officer\n1'],
    ['an escape (terminal colours)', 'officer\u001b[31m'],
    ['DEL', 'officer\u007f'],
    ['a C1 control', 'officer\u0085'],
    ['a right-to-left override', 'officer\u202e1-lanimirc'],
    ['a bidirectional isolate', 'officer\u20661\u2069'],
    ['a zero-width joiner', 'off\u200dicer'],
    ['a line separator', 'officer\u20281'],
  ])('refuses a sub holding %s', async (_, sub) => {
    expect(await refusedWith(await craft({ sub }))).toMatch(
      /sub holds a character that is not printable/,
    );
  });

  it('refuses a sub longer than 128 characters and an empty one', async () => {
    expect(await refusedWith(await craft({ sub: 'a'.repeat(129) }))).toMatch(
      /sub is longer than 128 characters/,
    );
    expect(await refusedWith(await craft({ sub: '' }))).toMatch(/sub is empty/);
  });

  it('accepts printable text of up to 128 characters, Vietnamese included', async () => {
    for (const sub of [
      'a'.repeat(128),
      'cán bộ Nguyễn Văn Ánh',
      'đ'.repeat(128),
      'officer@cand.gov.vn',
    ]) {
      expect(subjectProblem(sub)).toBeNull();
      expect((await verify(`Bearer ${await craft({ sub })}`)).sub).toBe(sub);
    }
  });

  it('is checked by signToken too: the hub mints nothing it would refuse', async () => {
    await expect(signToken({ sub: 'x\u0000y', role: 'CITY' }, config)).rejects.toThrow(
      /not printable/,
    );
  });
});

describe("a token's lifetime", () => {
  it('refuses an iat in the future beyond a minute of skew, and accepts one within it', async () => {
    const message = await refusedWith(await craft({ iat: now() + 3600, exp: now() + 7200 }));
    expect(message).toMatch(/iat is in the future/);
    const skewed = await craft({ iat: now() + CLOCK_SKEW_SECONDS - 5, exp: now() + 600 });
    expect((await verify(`Bearer ${skewed}`)).role).toBe('POLICE');
  });

  it('refuses a token living longer than HUB_JWT_MAX_TTL (12 hours by default)', async () => {
    expect(DEFAULT_MAX_TOKEN_TTL_SECONDS).toBe(43_200);
    const message = await refusedWith(
      await craft({ iat: now(), exp: now() + DEFAULT_MAX_TOKEN_TTL_SECONDS + 60 }),
    );
    expect(message).toMatch(/lives longer than 43200 s/);
    const twelveHours = await craft({ iat: now(), exp: now() + DEFAULT_MAX_TOKEN_TTL_SECONDS });
    expect((await verify(`Bearer ${twelveHours}`)).role).toBe('POLICE');
  });

  it('measures a token without iat from now', async () => {
    expect(await refusedWith(await craft({ iat: null, exp: now() + 2 * 86_400 }))).toMatch(
      /lives longer than/,
    );
    expect((await verify(`Bearer ${await craft({ iat: null })}`)).role).toBe('POLICE');
  });

  it('follows a configured HUB_JWT_MAX_TTL', async () => {
    const strict = createTokenVerifier({ ...config, HUB_JWT_MAX_TTL: 900 });
    const hour = await craft({ exp: now() + 3600 });
    await expect(strict(`Bearer ${hour}`)).rejects.toThrow(/lives longer than 900 s/);
    expect((await verify(`Bearer ${hour}`)).role).toBe('POLICE');
  });

  it('is checked by signToken too', async () => {
    await expect(
      signToken({ sub: 'x', role: 'CITY', expiresIn: 13 * 3600 }, config),
    ).rejects.toThrow(/longer than a token may live/);
  });

  it('lifetimeProblem: the rule on its own', () => {
    const t = 1_800_000_000;
    expect(lifetimeProblem({ iat: t, exp: t + 3600 }, 43_200, t)).toBeNull();
    expect(lifetimeProblem({ iat: t + 61, exp: t + 3600 }, 43_200, t)).toMatch(/future/);
    expect(lifetimeProblem({ iat: t + 60, exp: t + 3600 }, 43_200, t)).toBeNull();
    expect(lifetimeProblem({ iat: t, exp: t + 43_201 }, 43_200, t)).toMatch(/longer/);
    expect(lifetimeProblem({ iat: 'soon', exp: t }, 43_200, t)).toMatch(/not a number/);
  });
});
