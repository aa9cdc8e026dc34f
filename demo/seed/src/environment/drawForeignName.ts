import type { Random } from '../random';
import { foreignNamePools, type Origin } from './data/foreignNames';

/** A passport-style name, e.g. "TANAKA HIROSHI", "CHEN CHIH-MING", "THOMAS WEBER". */
export function drawForeignName(random: Random, origin: Origin): string {
  const pool = foreignNamePools[origin];
  const family = random.pick(pool.familyNames);
  const given = random.pick(pool.givenNames);
  return pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;
}
