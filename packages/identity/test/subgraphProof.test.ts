import { describe, expect, it } from 'vitest';
import { identityChecks } from '../src/identityConfig';
import { checkSubgraphProof, createSubgraphProof, SubgraphProofSigner } from '../src/subgraphProof';

const SECRET = 'subgraph-proof-secret-0123456789abcdef';
const NOW = 1_780_000_000_000;

describe('subgraph proof', () => {
  it('is accepted by the subgraph it was made for, within its validity', () => {
    const proof = createSubgraphProof(SECRET, 'zones', NOW);
    expect(checkSubgraphProof(SECRET, 'zones', proof, NOW)).toEqual({ ok: true });
    expect(checkSubgraphProof(SECRET, 'zones', proof, NOW + 59_000)).toEqual({ ok: true });
  });

  it('is refused when missing, malformed, expired, for another subgraph or under another secret', () => {
    const proof = createSubgraphProof(SECRET, 'zones', NOW);
    expect(checkSubgraphProof(SECRET, 'zones', undefined, NOW)).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(checkSubgraphProof(SECRET, 'zones', `${proof}x`, NOW)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(checkSubgraphProof(SECRET, 'zones', proof, NOW + 61_000)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(checkSubgraphProof(SECRET, 'police', proof, NOW)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(checkSubgraphProof(`${SECRET}!`, 'zones', proof, NOW)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    // the timestamp is covered by the MAC: a fresh date on an old MAC does not pass
    const [, macPart] = proof.split('.');
    const redated = `${Math.floor((NOW + 120_000) / 1000)}.${macPart}`;
    expect(checkSubgraphProof(SECRET, 'zones', redated, NOW + 120_000)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });

  it('is made again by the gateway after half its validity, not per request', () => {
    let now = NOW;
    const signer = new SubgraphProofSigner(SECRET, 'zones', () => now);
    const first = signer.current();
    now += 29_000;
    expect(signer.current()).toBe(first);
    now += 2_000;
    const second = signer.current();
    expect(second).not.toBe(first);
    expect(checkSubgraphProof(SECRET, 'zones', second, now + 55_000)).toEqual({ ok: true });
  });

  it('needs its secret in production', () => {
    const base = { HUB_JWT_SECRET: 'x'.repeat(32), HUB_JWT_ISSUER: 'i', HUB_JWT_AUDIENCE: 'a' };
    expect(identityChecks({ ...base, NODE_ENV: 'production' })).toContain(
      'HUB_SUBGRAPH_SECRET: required when NODE_ENV=production',
    );
    expect(
      identityChecks({ ...base, NODE_ENV: 'production', HUB_SUBGRAPH_SECRET: SECRET }),
    ).toEqual([]);
    expect(identityChecks({ ...base, NODE_ENV: 'development' })).toEqual([]);
  });
});
