/** The longest purpose the audit trail keeps, in characters; a longer one is cut to this. */
export const MAX_PURPOSE_LENGTH = 200;

/**
 * What a purpose may not hold: control characters, format characters (the
 * bidirectional overrides and isolates, zero-width joiners), surrogates,
 * private-use and unassigned code points, line and paragraph separators.
 */
const UNPRINTABLE = /[\p{C}\p{Zl}\p{Zp}]+/gu;

/**
 * Node reads a header's bytes as Latin-1; a caller writes a Vietnamese
 * purpose ("Công văn số 12") as UTF-8. Bytes that are valid UTF-8 are read
 * as such, anything else stays as Node read it.
 */
function decodeUtf8(value: string): string {
  if (!/[\u0080-\u00ff]/.test(value)) return value;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(value, 'latin1'));
  } catch {
    return value;
  }
}

/**
 * `X-Purpose` as the audit trail stores it: plain printable text — control,
 * format and bidirectional characters dropped, runs of white space made one
 * space — of at most 200 characters (a longer one is cut); null when the
 * caller gave none, or nothing printable. The gateway reads it so, and each
 * subgraph reads it again: a header is not believed because of who sent it.
 */
export function purposeFromHeader(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const raw = Array.isArray(header) ? header.join(', ') : header;
  const text = decodeUtf8(raw).replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const characters = [...text];
  return characters.length > MAX_PURPOSE_LENGTH
    ? characters.slice(0, MAX_PURPOSE_LENGTH).join('').trimEnd()
    : text;
}

/** A purpose as a header value: its UTF-8 bytes, as `purposeFromHeader` reads them back. */
export function purposeHeaderValue(purpose: string): string {
  return Buffer.from(purpose, 'utf8').toString('latin1');
}
