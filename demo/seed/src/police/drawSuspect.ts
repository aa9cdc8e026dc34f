import { randomIsoDate } from '../isoDate';
import type { Random } from '../random';
import { WeightedTable } from '../weightedTable';
import {
  birthProvinceCodes,
  familyNames,
  givenNames,
  middleNames,
  mobilePrefixes,
} from './data/personNames';
import type { SeedSuspect } from './types';

const families = new WeightedTable(familyNames);
const provinces = new WeightedTable(birthProvinceCodes);

function digits(random: Random, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(random.int(0, 9));
  return out;
}

/**
 * An invented natural person: a Vietnamese name, a citizen id (CCCD: province
 * of birth, then a digit for sex and century — 0 man, 1 woman, born 1900–1999 —,
 * two digits of the birth year, six at random; Thông tư 59/2021/TT-BCA) and a
 * mobile number.
 */
export function drawSuspect(random: Random, id: string): SeedSuspect {
  const female = random.chance(0.25);
  const sex = female ? 'female' : 'male';
  const fullName = `${families.pick(random)} ${random.pick(middleNames[sex])} ${random.pick(givenNames[sex])}`;
  const dateOfBirth = randomIsoDate(random, '1960-01-01', '1992-12-31');
  const idNumber = `${provinces.pick(random)}${female ? 1 : 0}${dateOfBirth.slice(2, 4)}${digits(random, 6)}`;
  const phone = `${random.pick(mobilePrefixes)}${digits(random, 7)}`;
  return { id, fullName, idNumber, dateOfBirth, phone };
}
