import type { Random } from '../random';
import { WeightedTable } from '../weightedTable';
import { mobilePrefixes } from './data/mobilePrefixes';
import { drawDigits } from './drawDigits';

const prefixes = new WeightedTable(mobilePrefixes);

/** A 10-digit Vietnamese mobile number such as "0912345678". */
export function drawMobileNumber(random: Random): string {
  return `${prefixes.pick(random)}${drawDigits(random, 7)}`;
}
