import type { Commune } from './data/communes';
import type { District } from './data/districts';
import { tradeNameFirst, tradeNameSecond } from './data/tradeNames';
import type { Random } from './random';
import type { DeveloperKind } from './types';
import { unitLabel } from './unitLabel';

/**
 * Who builds and runs a cluster's infrastructure. Plan 75 notes most clusters
 * are run by district or commune committees and wants them handed to firms.
 */
export function clusterDeveloper(
  random: Random,
  district: District,
  commune: Commune,
): { developer: string; developerKind: DeveloperKind } {
  const roll = random.next();
  if (roll < 0.65) {
    return { developer: `UBND ${unitLabel(district)}`, developerKind: 'DISTRICT_COMMITTEE' };
  }
  if (roll < 0.83) {
    return { developer: `UBND ${unitLabel(commune)}`, developerKind: 'COMMUNE_COMMITTEE' };
  }
  const company = random.chance(0.5)
    ? `Công ty Cổ phần Đầu tư và Phát triển hạ tầng ${commune.name}`
    : `Công ty TNHH Đầu tư Xây dựng ${random.pick(tradeNameFirst)} ${random.pick(tradeNameSecond)}`;
  return { developer: company, developerKind: 'ENTERPRISE' };
}
