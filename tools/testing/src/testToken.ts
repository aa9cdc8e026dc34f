import { type SignTokenInput, signToken } from '@ipc-hub/identity';

/** The HS256 secret of every test stack: tokens in tests are signed and verified for real. */
export const TEST_SECRET = 'ipc-hub-test-secret-0123456789abcdef-0123456789';

/** A real signed bearer token for the test stack, e.g. `testToken({ role: 'POLICE' })`. */
export function testToken(input: Omit<SignTokenInput, 'sub'> & { sub?: string }): Promise<string> {
  return signToken(
    { sub: input.sub ?? `${input.role.toLowerCase()}-test`, ...input },
    { HUB_JWT_SECRET: TEST_SECRET, HUB_JWT_ISSUER: 'ipc-hub', HUB_JWT_AUDIENCE: 'ipc-hub' },
  );
}
