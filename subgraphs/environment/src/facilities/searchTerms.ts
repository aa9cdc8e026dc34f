/**
 * A search as the registry's `search_text` column holds text: Unicode
 * compatibility forms folded (NFKD here, NFKC there: full-width "Ｄệｔ" is
 * "det"), lower case, no Vietnamese diacritics (đ → d), one space between
 * words. At most eight words count; LIKE's wildcards are escaped.
 */
export function searchTerms(query: string): { normalized: string; tokens: string[] } {
  const normalized = query
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  const tokens = normalized
    .split(' ')
    .filter(Boolean)
    .slice(0, 8)
    .map((token) => token.replace(/[\\%_]/g, (c) => `\\${c}`));
  return { normalized, tokens };
}
