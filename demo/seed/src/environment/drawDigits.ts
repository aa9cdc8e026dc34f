import type { Random } from '../random';

/** `count` (at most 9) random decimal digits, leading zeros kept. */
export function drawDigits(random: Random, count: number): string {
  return String(random.int(0, 10 ** count - 1)).padStart(count, '0');
}
