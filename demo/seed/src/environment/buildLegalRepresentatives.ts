import { deriveSeed } from '../deriveSeed';
import { Random } from '../random';
import type { IsoDate } from '../types';
import type { EnvironmentContext } from './createEnvironmentContext';
import { drawCitizenId } from './drawCitizenId';
import { drawForeignName } from './drawForeignName';
import { drawMobileNumber } from './drawMobileNumber';
import { drawPassportNumber } from './drawPassportNumber';
import { drawVietnameseName } from './drawVietnameseName';
import { foreignOrigin } from './foreignOrigin';
import type { SeedLegalRepresentative } from './types';

const EARLIEST_BIRTH_YEAR = 1955;
const LATEST_BIRTH_YEAR = 1995;
/** most company directors and owners are men */
const MALE_SHARE = 0.76;
/** a foreign-invested company is often, not always, run by someone sent by the investor */
const FOREIGN_DIRECTOR_SHARE = 0.6;
/** 29 February is left out rather than checking leap years */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function drawBirthDate(random: Random, latestYear: number): IsoDate {
  // the sum of two uniforms peaks in the middle: most representatives are born in the 1970s
  const span = latestYear - EARLIEST_BIRTH_YEAR;
  const year = EARLIEST_BIRTH_YEAR + Math.round(((random.next() + random.next()) / 2) * span);
  const month = random.int(1, 12);
  const day = random.int(1, DAYS_IN_MONTH[month - 1] ?? 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function unique(taken: Set<string>, draw: () => string): string {
  let value = draw();
  while (taken.has(value)) value = draw();
  taken.add(value);
  return value;
}

/**
 * One legal representative per facility: a Vietnamese name with a CCCD
 * number, or, for some foreign-invested zone tenants, a foreign director
 * identified by passport number. Born 1955–1995, and at least 18 when the
 * facility started (a successor may have taken over since).
 */
export function buildLegalRepresentatives(ctx: EnvironmentContext): SeedLegalRepresentative[] {
  const random = new Random(deriveSeed(ctx.root, 'legal-representatives'));
  const ids = new Set<string>();
  const phones = new Set<string>();
  return ctx.base.facilities.map((facility) => {
    const startYear = Number((facility.startedOperationOn ?? '2026').slice(0, 4));
    const latestYear = Math.max(EARLIEST_BIRTH_YEAR, Math.min(LATEST_BIRTH_YEAR, startYear - 18));
    const dateOfBirth = drawBirthDate(random, latestYear);
    const origin = foreignOrigin(facility);
    const male = random.chance(MALE_SHARE);
    const foreign = origin !== null && random.chance(FOREIGN_DIRECTOR_SHARE);
    const fullName =
      foreign && origin ? drawForeignName(random, origin) : drawVietnameseName(random, male);
    const idNumber = unique(ids, () =>
      foreign && origin
        ? drawPassportNumber(random, origin)
        : drawCitizenId(random, dateOfBirth, male),
    );
    return {
      facilityId: facility.id,
      fullName,
      idNumber,
      dateOfBirth,
      phone: unique(phones, () => drawMobileNumber(random)),
    };
  });
}
