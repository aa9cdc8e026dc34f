import { sectorProfiles } from './data/sectorProfiles';
import { sectors } from './data/sectors';
import { deriveSeed } from './deriveSeed';
import { drawCertificate } from './drawCertificate';
import { entityId } from './entityId';
import { FacilityNamer } from './facilityNamer';
import { randomIsoDate } from './isoDate';
import { Random } from './random';
import type { FacilitySetting, HanoiSeed, IsoDate, SeedFacility, SeedSector } from './types';
import { WeightedTable } from './weightedTable';
import { drawCapital } from './zones/drawCapital';
import { drawPlanningFit } from './zones/drawPlanningFit';
import { investorOf } from './zones/investorOf';
import { projectName } from './zones/projectName';
import type { InvestmentProjectStatus, SeedInvestmentProject } from './zones/types';

const DAY_MS = 86_400_000;

/** A project as drawn, in its zone or cluster (`placeId`). */
export type SeedProjectDraft = Omit<SeedInvestmentProject, 'id' | 'zoneId'> & {
  id: string;
  placeId: string;
};

type Draft = Omit<SeedProjectDraft, 'id'>;

/** A tenant of a zone or cluster: the project it came from is drawn from it. */
interface PlaceTenancy {
  placeId: string;
  facilityId: string;
  since: IsoDate;
  /** the zone tenant's investment certificate; a cluster's tenants have none recorded, one is drawn */
  investmentCertificate: string | null;
}

/** Where projects are registered: the Board's zones, or DOIT's clusters. */
export interface ProjectPlaces {
  /** the random stream and the entity ids' kind: each agency's own */
  stream: string;
  idKind: string;
  setting: FacilitySetting;
  /** projects drawn each year besides the ones that became today's tenants */
  extraPerYear: readonly [number, number];
  tenancies: readonly PlaceTenancy[];
  /** the sectors a hi-tech park admits (others are out of line with its planning); null elsewhere */
  highTechOf(placeId: string): ReadonlySet<string> | null;
}

function sectorOf(code: string): SeedSector {
  const sector = sectors.find((s) => s.code === code);
  if (!sector) throw new RangeError(`no sector ${code}`);
  return sector;
}

function yearsBetween(earlier: IsoDate, later: IsoDate): number {
  return (Date.parse(later) - Date.parse(earlier)) / (365.25 * DAY_MS);
}

/**
 * A project registered long ago that has no facility yet was either revoked
 * or is late; a recent one is still being prepared or built.
 */
function pendingStatus(random: Random, age: number): InvestmentProjectStatus {
  if (age < 1) return random.chance(0.6) ? 'REGISTERED' : 'UNDER_CONSTRUCTION';
  if (age < 3) {
    const roll = random.next();
    return roll < 0.15 ? 'REGISTERED' : roll < 0.7 ? 'UNDER_CONSTRUCTION' : 'TERMINATED';
  }
  return random.chance(0.7) ? 'TERMINATED' : 'UNDER_CONSTRUCTION';
}

/**
 * The new investment projects of the zones or clusters from `from` to `to`:
 * one for every tenant of the base seed whose investment certificate falls in the period
 * (registered on the tenancy's date with its certificate; operating with its
 * facility, terminated if the facility closed, under construction while it is
 * built), and a few more a year that have no facility (yet): registered,
 * being built, late, or revoked.
 */
export function buildProjects(
  base: Pick<HanoiSeed, 'facilities'>,
  seed: number,
  from: IsoDate,
  to: IsoDate,
  places: ProjectPlaces,
): SeedProjectDraft[] {
  const random = new Random(deriveSeed(seed, places.stream));
  const facilities = new Map(base.facilities.map((f) => [f.id, f]));
  const highTechOf = places.highTechOf;

  const namer = new FacilityNamer();
  for (const facility of base.facilities) namer.reserve(facility.name);
  const certificates = new Set(
    places.tenancies.flatMap((t) => (t.investmentCertificate ? [t.investmentCertificate] : [])),
  );

  const drafts: Draft[] = [];

  // 1. Tenants: the projects that became today's facilities of the zones or clusters.
  const tenantsByPlace = new Map<
    string,
    Array<{ tenancy: PlaceTenancy; facility: SeedFacility }>
  >();
  for (const tenancy of places.tenancies) {
    const facility = facilities.get(tenancy.facilityId);
    if (!facility) continue;
    const list = tenantsByPlace.get(tenancy.placeId) ?? [];
    list.push({ tenancy, facility });
    tenantsByPlace.set(tenancy.placeId, list);
    if (tenancy.since < from || tenancy.since > to) continue;
    const sector = sectorOf(facility.sectorCode);
    const built = facility.status !== 'UNDER_CONSTRUCTION' && facility.startedOperationOn !== null;
    drafts.push({
      placeId: tenancy.placeId,
      investor: investorOf(facility.name),
      name: projectName(random, sector.nameVi),
      sectorCode: sector.code,
      registeredOn: tenancy.since,
      investmentCertificate:
        tenancy.investmentCertificate ?? drawCertificate(random, tenancy.since, certificates),
      capitalVnd: drawCapital(random),
      ...drawPlanningFit(random, sector, highTechOf(tenancy.placeId)),
      status: !built
        ? 'UNDER_CONSTRUCTION'
        : facility.status === 'CLOSED'
          ? 'TERMINATED'
          : 'OPERATING',
      facilityId: built ? facility.id : null,
      operatingSince: built ? facility.startedOperationOn : null,
    });
  }

  // 2. Projects with no facility: in the places that were taking tenants that year.
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    const yearStart = `${year}-01-01` < from ? from : `${year}-01-01`;
    const yearEnd = `${year}-12-31` > to ? to : `${year}-12-31`;
    const open = [...tenantsByPlace].filter(([, tenants]) =>
      tenants.some((t) => t.tenancy.since <= yearEnd),
    );
    if (open.length === 0) continue;
    const placesTable = new WeightedTable(
      open.map(([placeId, tenants]) => [placeId, tenants.length] as const),
    );
    const share = (Date.parse(yearEnd) - Date.parse(yearStart) + DAY_MS) / (365 * DAY_MS);
    const [fewest, most] = places.extraPerYear;
    const count = Math.round(random.int(fewest, most) * Math.min(1, share));
    for (let i = 0; i < count; i++) {
      const placeId = placesTable.pick(random);
      const model = random.pick(tenantsByPlace.get(placeId) ?? []);
      const sector = sectorOf(model.facility.sectorCode);
      const profile = sectorProfiles.get(sector.code);
      if (!profile) throw new RangeError(`no profile for sector ${sector.code}`);
      const registeredOn = randomIsoDate(random, yearStart, yearEnd);
      drafts.push({
        placeId,
        investor: namer.name(random, profile, places.setting, random.chance(profile.foreignShare)),
        name: projectName(random, sector.nameVi),
        sectorCode: sector.code,
        registeredOn,
        investmentCertificate: drawCertificate(random, registeredOn, certificates),
        capitalVnd: drawCapital(random),
        ...drawPlanningFit(random, sector, highTechOf(placeId)),
        status: pendingStatus(random, yearsBetween(registeredOn, to)),
        facilityId: null,
        operatingSince: null,
      });
    }
  }

  drafts.sort(
    (a, b) =>
      a.registeredOn.localeCompare(b.registeredOn) ||
      (a.investmentCertificate ?? '').localeCompare(b.investmentCertificate ?? ''),
  );
  return drafts.map((draft, index) => ({
    id: entityId(seed, places.idKind, index),
    ...draft,
  }));
}
