import type { Random } from '../random';
import type { Origin } from './data/foreignNames';
import { drawDigits } from './drawDigits';

const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/**
 * A passport number in the shape the issuing country uses: Japan two
 * letters and 7 digits (TK1234567), Korea M and 8 digits, China E and 8
 * digits, Taiwan 9 digits, Thailand two letters and 7 digits, Malaysia A and
 * 8 digits, Singapore E, 7 digits and a letter; a European one a letter and
 * 8 characters.
 */
export function drawPassportNumber(random: Random, origin: Origin): string {
  switch (origin) {
    case 'JP':
      return `${random.pick(['TK', 'TR', 'TZ', 'TS', 'MZ'])}${drawDigits(random, 7)}`;
    case 'KR':
      return `M${drawDigits(random, 8)}`;
    case 'CN':
      return `E${drawDigits(random, 8)}`;
    case 'TW':
      return `3${drawDigits(random, 8)}`;
    case 'TH':
      return `${random.pick(['AA', 'AB', 'AC'])}${drawDigits(random, 7)}`;
    case 'MY':
      return `A${drawDigits(random, 8)}`;
    case 'SG':
      return `E${drawDigits(random, 7)}${random.pick([...LETTERS])}`;
    case 'EU':
      return `C${random.pick([...LETTERS])}${drawDigits(random, 7)}`;
  }
}
