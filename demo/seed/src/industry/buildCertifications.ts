import { dayToIsoDate, isoDateToDay, randomIsoDate } from '../isoDate';
import type { Random } from '../random';
import { randomUuid } from '../randomUuid';
import type { FacilitySetting, IsoDate, SeedFacility } from '../types';
import { WeightedTable } from '../weightedTable';
import { certifiers } from './data/certifiers';
import { earlierOf, laterOf } from './isoDateBounds';
import { streamFor } from './streamFor';
import type { CertificationKind, SeedCertification } from './types';

const AS_OF: IsoDate = '2026-06-30';

/** No certification of a kind predates its scheme in Vietnam. */
const SCHEME_START: Record<CertificationKind, IsoDate> = {
  // ISO 14001:2004
  ISO_14001: '2005-01-01',
  // the national cleaner-production strategy, Quyết định 1419/QĐ-TTg (2009)
  CLEANER_PRODUCTION: '2009-09-07',
  // Luật Sử dụng năng lượng tiết kiệm và hiệu quả, in force 1/1/2011
  ENERGY_AUDIT: '2011-01-01',
};

/**
 * A minority of facilities hold a certification, far more of the zone
 * tenants (foreign investors bring ISO 14001 with them) than of the
 * workshops in clusters and villages.
 */
const CERTIFIED_SHARE: Record<FacilitySetting, number> = {
  ZONE: 0.25,
  CLUSTER: 0.08,
  STANDALONE: 0.03,
};

const kindTables: Record<FacilitySetting, WeightedTable<CertificationKind>> = {
  ZONE: new WeightedTable([
    ['ISO_14001', 70],
    ['CLEANER_PRODUCTION', 15],
    ['ENERGY_AUDIT', 15],
  ]),
  CLUSTER: new WeightedTable([
    ['ISO_14001', 25],
    ['CLEANER_PRODUCTION', 50],
    ['ENERGY_AUDIT', 25],
  ]),
  STANDALONE: new WeightedTable([
    ['ISO_14001', 20],
    ['CLEANER_PRODUCTION', 55],
    ['ENERGY_AUDIT', 25],
  ]),
};

/** An ISO 14001 certificate runs one three-year cycle (ISO/IEC 17021-1); an energy audit is repeated every three years. */
function validUntil(kind: CertificationKind, issuedOn: IsoDate): IsoDate | null {
  if (kind === 'CLEANER_PRODUCTION') return null;
  const [year, rest] = [Number(issuedOn.slice(0, 4)), issuedOn.slice(4)];
  const sameDay = `${year + 3}${rest === '-02-29' ? '-02-28' : rest}`;
  return dayToIsoDate(isoDateToDay(sameDay) - 1);
}

function draw(
  random: Random,
  facility: SeedFacility,
  kind: CertificationKind,
  taken: Set<string>,
): SeedCertification {
  const started = facility.startedOperationOn ?? AS_OF;
  const earliest = earlierOf(laterOf(started, SCHEME_START[kind]), AS_OF);
  const issuedOn = randomIsoDate(random, earliest, AS_OF);
  const certifier = random.pick(certifiers[kind]);
  let number: string;
  do {
    number = `${certifier.prefix}-${issuedOn.slice(0, 4)}-${String(random.int(1, 99_999)).padStart(5, '0')}`;
  } while (taken.has(`${kind}|${certifier.name}|${number}`));
  taken.add(`${kind}|${certifier.name}|${number}`);
  return {
    id: randomUuid(random),
    facilityId: facility.id,
    kind,
    number,
    issuer: certifier.name,
    issuedOn,
    validUntil: validUntil(kind, issuedOn),
  };
}

/**
 * Certifications of the facilities that have started operating: one for
 * most certified facilities, a second of another kind for some.
 */
export function buildCertifications(facilities: readonly SeedFacility[]): SeedCertification[] {
  const taken = new Set<string>();
  const out: SeedCertification[] = [];
  for (const facility of facilities) {
    if (facility.startedOperationOn === null) continue;
    const random = streamFor('certification', facility.id);
    if (!random.chance(CERTIFIED_SHARE[facility.setting])) continue;
    const first = kindTables[facility.setting].pick(random);
    const mine = [draw(random, facility, first, taken)];
    if (random.chance(0.2)) {
      const second = kindTables[facility.setting].pick(random);
      if (second !== first) mine.push(draw(random, facility, second, taken));
    }
    out.push(...mine.sort((a, b) => a.issuedOn.localeCompare(b.issuedOn)));
  }
  return out;
}
