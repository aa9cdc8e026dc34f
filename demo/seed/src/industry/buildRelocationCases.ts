import { randomIsoDate } from '../isoDate';
import type { Random } from '../random';
import { randomUuid } from '../randomUuid';
import type { HanoiSeed, IsoDate, SeedFacility } from '../types';
import { addDays, earlierOf, laterOf } from './isoDateBounds';
import { RelocationDestinations } from './RelocationDestinations';
import { streamFor } from './streamFor';
import type { RelocationReason, RelocationStatus, SeedRelocationCase } from './types';

/** Kế hoạch 150/KH-UBND was signed on 26/10/2010; its first cases follow. */
const PROGRAMME_START: IsoDate = '2010-11-01';
/** The base seed's last date (its facilities start until then): nothing here is later. */
const AS_OF: IsoDate = '2026-06-30';

/** A date `min`–`max` days after `from`, never after AS_OF. */
function after(random: Random, from: IsoDate, min: number, max: number): IsoDate {
  return earlierOf(addDays(from, random.int(min, max)), AS_OF);
}

/** When the case was opened: after the facility had worked a year, and before `latest`. */
function openedOn(random: Random, facility: SeedFacility, latest: IsoDate): IsoDate {
  const started = facility.startedOperationOn ?? PROGRAMME_START;
  // a facility that started lately gets its case on the last day rather than after it
  const earliest = earlierOf(laterOf(PROGRAMME_START, addDays(started, 365)), AS_OF);
  return randomIsoDate(random, earliest, earlierOf(laterOf(latest, earliest), AS_OF));
}

/**
 * What became of the case. The base seed's RELOCATED facilities moved: their
 * cases are COMPLETED (DONRE's serious-polluter listings resolved as
 * RELOCATED must find them so). CLOSED ones shut down instead of moving:
 * CANCELLED. The rest are still to move, a few cancelled after treating their
 * pollution on site.
 */
function statusOf(random: Random, facility: SeedFacility): RelocationStatus {
  if (facility.status === 'RELOCATED') return 'COMPLETED';
  if (facility.status === 'CLOSED') return 'CANCELLED';
  const roll = random.next();
  return roll < 0.45 ? 'PLANNED' : roll < 0.87 ? 'IN_PROGRESS' : 'CANCELLED';
}

function reasonOf(random: Random, highRisk: boolean): RelocationReason {
  if (!highRisk) return 'NOT_IN_LINE_WITH_PLANNING';
  return random.chance(0.22) ? 'SERIOUS_POLLUTION' : 'HIGH_RISK_SECTOR_IN_RESIDENTIAL_AREA';
}

/** Kinh phí hỗ trợ di dời: 50 million to 2 billion đồng, in whole millions. */
function support(random: Random): number {
  return Math.round(50 + 1950 * random.next() ** 2) * 1_000_000;
}

function buildCase(
  facility: SeedFacility,
  highRisk: boolean,
  destinations: RelocationDestinations,
): SeedRelocationCase {
  const random = streamFor('relocation', facility.id);
  const id = randomUuid(streamFor('relocation-id', facility.id));
  const status = statusOf(random, facility);
  const reason = reasonOf(random, highRisk);
  const destination = destinations.pick(random, facility.formerPlace.districtCode);
  const base = {
    id,
    facilityId: facility.id,
    reason,
    status,
    startedOn: null as IsoDate | null,
    completedOn: null as IsoDate | null,
    cancelledOn: null as IsoDate | null,
    supportGrantedVnd: null as number | null,
    note: null as string | null,
  };
  const withDestination = {
    destinationZoneId: destination.zoneId,
    destinationClusterId: destination.clusterId,
  };
  const noDestination = { destinationZoneId: null, destinationClusterId: null };

  if (status === 'COMPLETED') {
    const opened = openedOn(random, facility, '2022-12-31');
    const startedOn = after(random, opened, 60, 540);
    const completedOn = after(random, startedOn, 90, 720);
    return {
      ...base,
      ...withDestination,
      openedOn: opened,
      deadline: addDays(opened, random.int(730, 1460)),
      startedOn,
      completedOn,
      supportGrantedVnd: random.chance(0.8) ? support(random) : null,
    };
  }
  if (status === 'IN_PROGRESS') {
    const opened = openedOn(random, facility, '2025-06-30');
    return {
      ...base,
      ...withDestination,
      openedOn: opened,
      deadline: addDays(opened, random.int(730, 1825)),
      startedOn: after(random, opened, 30, 400),
      supportGrantedVnd: random.chance(0.5) ? support(random) : null,
    };
  }
  if (status === 'PLANNED') {
    const opened = openedOn(random, facility, AS_OF);
    return {
      ...base,
      // a third are still looking for a site
      ...(random.chance(0.7) ? withDestination : noDestination),
      openedOn: opened,
      deadline: addDays(opened, random.int(730, 1825)),
    };
  }
  const closed = facility.status === 'CLOSED';
  const opened = openedOn(random, facility, '2024-06-30');
  const startedOn = random.chance(0.4) ? after(random, opened, 30, 300) : null;
  return {
    ...base,
    ...(startedOn ? withDestination : noDestination),
    openedOn: opened,
    deadline: addDays(opened, random.int(730, 1460)),
    startedOn,
    cancelledOn: after(random, startedOn ?? opened, 90, 900),
    note: closed
      ? 'Cơ sở đã chấm dứt hoạt động, không còn phải di dời'
      : 'Cơ sở đã xử lý triệt để ô nhiễm tại chỗ, được đưa ra khỏi danh sách di dời',
  };
}

/**
 * The relocation programme of Kế hoạch 150/KH-UBND (422 facilities of 17
 * polluting sectors in residential areas): a case for every standalone
 * facility of a high-risk sector (other than those still being built), and
 * for the other standalone facilities that the base seed says were
 * relocated — moved because their site did not fit the planning.
 */
export function buildRelocationCases(
  base: Pick<HanoiSeed, 'facilities' | 'sectors' | 'zones' | 'clusters'>,
): SeedRelocationCase[] {
  const highRiskSectors = new Set(base.sectors.filter((s) => s.highRisk).map((s) => s.code));
  const destinations = new RelocationDestinations(base);
  const cases: SeedRelocationCase[] = [];
  for (const facility of base.facilities) {
    if (facility.setting !== 'STANDALONE' || facility.status === 'UNDER_CONSTRUCTION') continue;
    const highRisk = highRiskSectors.has(facility.sectorCode);
    if (!highRisk && facility.status !== 'RELOCATED') continue;
    cases.push(buildCase(facility, highRisk, destinations));
  }
  return cases;
}
