import type { Random } from './random';
import { taxCheckDigit } from './taxCheckDigit';

/**
 * Draws an unused Hanoi tax code ("01" + seven digits + check digit) and
 * records it in `taken`. Nine-digit prefixes without a check digit are
 * redrawn, as the tax office never issues them.
 */
export function drawTaxCode(random: Random, taken: Set<string>): string {
  for (;;) {
    const firstNine = `01${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
    const check = taxCheckDigit(firstNine);
    if (check === null) continue;
    const code = `${firstNine}${check}`;
    if (taken.has(code)) continue;
    taken.add(code);
    return code;
  }
}
