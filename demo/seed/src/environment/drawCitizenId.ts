import type { Random } from '../random';
import type { IsoDate } from '../types';
import { WeightedTable } from '../weightedTable';
import { birthProvinceCodes } from './data/birthProvinceCodes';
import { drawDigits } from './drawDigits';

const provinces = new WeightedTable(birthProvinceCodes);

/**
 * A 12-digit CCCD number laid out as the Ministry of Public Security issues
 * them (Thông tư 07/2016/TT-BCA): province of birth registration (3 digits),
 * sex and century (0 man / 1 woman born in the 1900s, 2 / 3 in the 2000s),
 * the last two digits of the birth year, then 6 serial digits.
 */
export function drawCitizenId(random: Random, dateOfBirth: IsoDate, male: boolean): string {
  const year = Number(dateOfBirth.slice(0, 4));
  const century = year >= 2000 ? 2 : 0;
  const sex = century + (male ? 0 : 1);
  return `${provinces.pick(random)}${sex}${String(year % 100).padStart(2, '0')}${drawDigits(random, 6)}`;
}
