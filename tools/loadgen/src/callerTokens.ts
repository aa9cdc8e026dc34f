import { type IdentityConfig, signToken } from '@ipc-hub/identity';
import type { Caller } from './dashboardMix';

/** A caller's stable key: the same role and claims get the same token. */
export function callerKey(caller: Caller): string {
  return JSON.stringify(caller);
}

/**
 * One signed token per caller of the mix (none for the public), valid for
 * `seconds`: each role's dashboard is one signed-in user, as in life.
 */
export async function callerTokens(
  callers: Caller[],
  identity: IdentityConfig,
  seconds: number,
): Promise<Map<string, string | null>> {
  const tokens = new Map<string, string | null>();
  for (const caller of callers) {
    const key = callerKey(caller);
    if (tokens.has(key)) continue;
    tokens.set(
      key,
      caller.role === 'PUBLIC'
        ? null
        : await signToken(
            { ...caller, sub: `loadgen-${caller.role.toLowerCase()}`, expiresIn: seconds },
            identity,
          ),
    );
  }
  return tokens;
}
