import type { IncomingMessage } from 'node:http';
import type { Identity, TokenVerifier } from '@ipc-hub/identity';
import { purposeFromHeader, type ServiceMetrics } from '@ipc-hub/server-kit';
import { clientAddress } from './clientAddress';
import type { GatewayContext } from './GatewayContext';
import type { RateLimiter } from './RateLimiter';
import { rateLimited } from './rateLimited';

export interface GatewayContextOptions {
  verify: TokenVerifier;
  /** per signed-in caller, keyed by the token's `sub`, with the limit of its role */
  callerLimiter: RateLimiter;
  /** per client address: the public, and requests whose token is refused */
  addressLimiter: RateLimiter;
  trustedProxyHops: number;
  /** counts the refusals of each limiter */
  metrics?: ServiceMetrics;
}

/**
 * Builds each request's context: the caller's verified identity, after the
 * caller's rate limit. Apollo calls it before it parses the document, so a
 * caller over the limit costs no parsing, planning or subgraph call.
 */
export function createGatewayContext(options: GatewayContextOptions) {
  const refused = (limiter: 'caller' | 'address', retryAfterSeconds: number) => {
    options.metrics?.rateLimitRefusals.inc({ limiter });
    return rateLimited(retryAfterSeconds);
  };
  return async (request: IncomingMessage, requestId: string): Promise<GatewayContext> => {
    const address = () => clientAddress(request, options.trustedProxyHops);
    let identity: Identity;
    try {
      identity = await options.verify(request.headers.authorization);
    } catch (error) {
      // A refused token still costs its sender: guessing tokens is limited like the public.
      const decision = await options.addressLimiter.take(`address:${address()}`);
      if (!decision.allowed) throw refused('address', decision.retryAfterSeconds);
      throw error;
    }
    const decision = identity.sub
      ? await options.callerLimiter.take(`sub:${identity.sub}`, identity.role)
      : await options.addressLimiter.take(`address:${address()}`);
    if (!decision.allowed)
      throw refused(identity.sub ? 'caller' : 'address', decision.retryAfterSeconds);
    return {
      requestId,
      identity,
      purpose: purposeFromHeader(request.headers['x-purpose']),
      clientAddress: address(),
    };
  };
}
