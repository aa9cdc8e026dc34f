/**
 * NUL, which PostgreSQL cannot hold in `text` (the statement fails), and the
 * bidirectional embeddings, overrides and isolates, which make a name or an
 * address display differently from the characters it holds.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what this looks for
const UNSAFE = /[\u0000\u202A-\u202E\u2066-\u2069]/u;

/** The code point of the first character of `text` no input may hold, or null. */
export function unsafeCharacter(text: string): number | null {
  const match = UNSAFE.exec(text);
  return match ? (match[0].codePointAt(0) ?? null) : null;
}
