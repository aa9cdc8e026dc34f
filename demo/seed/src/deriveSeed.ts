/** Final avalanche of MurmurHash3, so neighbouring inputs give unrelated seeds. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Derives an independent PRNG seed for one stream (`label`) and one item
 * (`index`). Separate streams keep, for example, the clusters unchanged when
 * only the number of facilities changes, and per-index ids stay stable when the
 * scale grows.
 */
export function deriveSeed(seed: number, label: string, index = 0): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h = fmix32(h ^ Math.imul(seed >>> 0, 0x9e3779b1));
  return fmix32(h ^ Math.imul((index >>> 0) + 1, 0x27d4eb2f));
}
