import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The gateway's proof (docs/architecture.md: only the gateway calls a subgraph). Every
 * call from the gateway to a subgraph carries, in this header, an HMAC-SHA256
 * of the subgraph's name and a timestamp under a secret the gateway and the
 * subgraphs share (HUB_SUBGRAPH_SECRET). A subgraph refuses a GraphQL request
 * without a proof made for it in the last `SUBGRAPH_PROOF_VALIDITY_SECONDS`;
 * its probes (/health, /ready, /metrics) stay open.
 */
export const SUBGRAPH_PROOF_HEADER = 'x-hub-subgraph-proof';

/** how long a proof is accepted after it was made */
export const SUBGRAPH_PROOF_VALIDITY_SECONDS = 60;

/** a proof dated this far ahead of the subgraph's clock is still accepted (clock skew) */
const FUTURE_SKEW_SECONDS = 5;

/**
 * Used only outside production when HUB_SUBGRAPH_SECRET is not set, so the
 * embedded default works out of the box; services log a warning when it is.
 */
export const DEVELOPMENT_SUBGRAPH_SECRET = 'ipc-hub-development-subgraph-secret-not-for-production';

function mac(secret: string, subgraph: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${subgraph}\n${timestamp}`).digest('base64url');
}

/** A proof for calls to `subgraph`, dated `now` (milliseconds): `<unix seconds>.<mac>`. */
export function createSubgraphProof(secret: string, subgraph: string, now = Date.now()): string {
  const timestamp = Math.floor(now / 1000);
  return `${timestamp}.${mac(secret, subgraph, timestamp)}`;
}

export type SubgraphProofCheck =
  | { ok: true }
  | { ok: false; reason: 'missing' | 'malformed' | 'expired' | 'invalid' };

/** Checks a proof presented to `subgraph`; the MACs are compared in constant time. */
export function checkSubgraphProof(
  secret: string,
  subgraph: string,
  proof: string | undefined,
  now = Date.now(),
): SubgraphProofCheck {
  if (proof === undefined || proof === '') return { ok: false, reason: 'missing' };
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(proof);
  if (!match) return { ok: false, reason: 'malformed' };
  const timestamp = Number(match[1]);
  const age = now / 1000 - timestamp;
  if (age > SUBGRAPH_PROOF_VALIDITY_SECONDS || age < -FUTURE_SKEW_SECONDS) {
    return { ok: false, reason: 'expired' };
  }
  const expected = Buffer.from(mac(secret, subgraph, timestamp));
  const given = Buffer.from(match[2] as string);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true };
}

/**
 * The gateway's source of proofs for one subgraph: a proof is made once and
 * reused until half its validity has passed, not made per request.
 */
export class SubgraphProofSigner {
  private proof = '';
  private madeAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly secret: string,
    private readonly subgraph: string,
    private readonly clock: () => number = Date.now,
  ) {}

  current(): string {
    const now = this.clock();
    if (now - this.madeAt >= (SUBGRAPH_PROOF_VALIDITY_SECONDS * 1000) / 2) {
      this.proof = createSubgraphProof(this.secret, this.subgraph, now);
      this.madeAt = now;
    }
    return this.proof;
  }
}

/** The secret in force: the configured one, else (never in production: see identityChecks) the development one. */
export function subgraphSecretOf(
  config: { HUB_SUBGRAPH_SECRET?: string | undefined },
  onDevelopmentSecret: () => void,
): string {
  if (config.HUB_SUBGRAPH_SECRET) return config.HUB_SUBGRAPH_SECRET;
  onDevelopmentSecret();
  return DEVELOPMENT_SUBGRAPH_SECRET;
}
