import { describe, expect, it } from 'vitest';
import { FactSeal } from '../src/sealedFacts';

const SECRET = 'a-subgraph-secret-of-at-least-thirty-two-chars';

describe('FactSeal', () => {
  const facts = { openViolations: [{ facilityId: '0f8fad5b-d9cb-469f-a165-70867728950e' }] };

  it('opens what it sealed, and the sealed text shows nothing of it', () => {
    const seal = new FactSeal(SECRET);
    const sealed = seal.seal(facts);
    expect(seal.open(sealed)).toEqual(facts);
    expect(sealed).not.toContain('0f8fad5b');
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('0f8fad5b');
    // a fresh nonce each time: the same facts never seal the same twice
    expect(seal.seal(facts)).not.toBe(sealed);
  });

  it('refuses what another secret sealed, a changed value and a forged one', () => {
    const sealed = new FactSeal(SECRET).seal(facts);
    expect(() => new FactSeal(`${SECRET}-other`).open(sealed)).toThrow();
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => new FactSeal(SECRET).open(bytes.toString('base64url'))).toThrow();
    expect(() =>
      new FactSeal(SECRET).open(Buffer.from(JSON.stringify(facts)).toString('base64url')),
    ).toThrow();
    expect(() => new FactSeal(SECRET).open('short')).toThrow();
  });
});
