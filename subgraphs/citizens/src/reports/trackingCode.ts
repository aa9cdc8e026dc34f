import { createHash, randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 20 characters of 5 bits: 100 random bits, far beyond guessing at any rate the gateway lets through. */
const LENGTH = 20;

/**
 * A new tracking code, `XXXXX-XXXXX-XXXXX-XXXXX`: random, not derived from
 * the report (its id, its time), so one code says nothing of another.
 */
export function newTrackingCode(): string {
  const bytes = randomBytes(LENGTH);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code.match(/.{5}/g)?.join('-') ?? code;
}

/**
 * What a typed code means: upper case, without dashes or spaces, with the
 * letters people confuse read as Crockford says (O→0, I and L→1); null when
 * it cannot be a code at all.
 */
export function normalizeTrackingCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== LENGTH) return null;
  for (const ch of code) if (!ALPHABET.includes(ch)) return null;
  return code;
}

/**
 * The form the database keeps: SHA-256 of the normalized code. Looking a
 * report up is one indexed equality on the hash, the same work for a code
 * that exists and one that does not; a copy of the database gives no codes.
 */
export function trackingCodeHash(normalized: string): string {
  return createHash('sha256').update(`citizen-report:${normalized}`).digest('hex');
}
