import type { Random } from '../random';
import { WeightedTable } from '../weightedTable';
import {
  familyNames,
  femaleGivenNames,
  femaleMiddleNames,
  maleGivenNames,
  maleMiddleNames,
} from './data/vietnameseNames';

const families = new WeightedTable(familyNames);
const maleMiddles = new WeightedTable(maleMiddleNames);
const femaleMiddles = new WeightedTable(femaleMiddleNames);

/**
 * A full name "family middle given", such as "Nguyễn Văn Hùng" or
 * "Trần Thị Thu Hằng": some women carry Thị before a second middle name.
 */
export function drawVietnameseName(random: Random, male: boolean): string {
  const family = families.pick(random);
  const middle = (male ? maleMiddles : femaleMiddles).pick(random);
  const givenNames = male ? maleGivenNames : femaleGivenNames;
  let given = random.pick(givenNames);
  while (given === middle) given = random.pick(givenNames);
  if (!male && middle !== 'Thị' && random.chance(0.25)) {
    return `${family} Thị ${middle} ${given}`;
  }
  return `${family} ${middle} ${given}`;
}
