import type { Random } from './random';

/** A version-4 shaped UUID drawn from `random` rather than from the crypto source. */
export function randomUuid(random: Random): string {
  const bytes: number[] = [];
  for (let i = 0; i < 4; i++) {
    const word = random.uint32();
    bytes.push(word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
