import type { Identity } from '@ipc-hub/identity';

/** More distinct callers than a service sees in a minute; past it the oldest are forgotten. */
const MAX_ENTRIES = 10_000;
/** A verdict is kept a minute at most (see below). */
const MAX_AGE_MS = 60_000;

interface Entry {
  identity: Identity;
  /** epoch ms from which the verdict may no longer hold */
  until: number;
}

/**
 * Tokens already verified, by the `Authorization` header that carried them.
 * One request is verified five times (the gateway, then each subgraph again:
 * zero trust), and a caller sends the same token for an hour; each check is
 * an HMAC or signature verification and a key import through WebCrypto,
 * the largest single cost of a small query. A remembered verdict is what
 * verifying again would answer: it lapses at the token's `exp` (when jose
 * would call it expired) and after a minute at most, so that a key dropped
 * from a JWKS stops being honoured soon after jose's own key cache lets go
 * of it. Only successes are kept: a refused token is refused afresh, with
 * its own reason.
 */
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Entry>();

  get(authorization: string): Identity | undefined {
    const entry = this.entries.get(authorization);
    if (!entry) return undefined;
    if (Date.now() < entry.until) return entry.identity;
    this.entries.delete(authorization);
    return undefined;
  }

  /** Remembers a verified token's identity until the token's `exp` (seconds since the epoch). */
  remember(authorization: string, identity: Identity, exp: number): void {
    const until = Math.min(exp * 1000, Date.now() + MAX_AGE_MS);
    if (this.entries.size >= MAX_ENTRIES) {
      // The oldest first: a Map iterates in insertion order.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(authorization, { identity, until });
  }
}
