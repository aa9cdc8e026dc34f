import { sectorProfiles } from '../data/sectorProfiles';
import { sectors } from '../data/sectors';
import { zones as zoneRows } from '../data/zones';
import { deriveSeed } from '../deriveSeed';
import { drawCertificate } from '../drawCertificate';
import { entityId } from '../entityId';
import { FacilityNamer } from '../facilityNamer';
import { randomIsoDate } from '../isoDate';
import { Random } from '../random';
import type { HanoiSeed, IsoDate, SeedFacility, SeedSector, SeedZoneTenancy } from '../types';
import { WeightedTable } from '../weightedTable';
import { drawCapital } from './drawCapital';
import { drawPlanningFit } from './drawPlanningFit';
import { investorOf } from './investorOf';
import { projectName } from './projectName';
import type { InvestmentProjectStatus, SeedInvestmentProject } from './types';

/** projects drawn each year besides the ones that became today's tenants */
const EXTRA_PER_YEAR: readonly [number, number] = [6, 12];
const DAY_MS = 86_400_000;

type Draft = Omit<SeedInvestmentProject, 'id'>;

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
 * The new investment projects of the zones from `from` to `to`: one for every
 * tenant of the base seed whose investment certificate falls in the period
 * (registered on the tenancy's date with its certificate; operating with its
 * facility, terminated if the facility closed, under construction while it is
 * built), and a few more a year that have no facility (yet): registered,
 * being built, late, or revoked.
 */
export function buildInvestmentProjects(
  base: HanoiSeed,
  seed: number,
  from: IsoDate,
  to: IsoDate,
): SeedInvestmentProject[] {
  const random = new Random(deriveSeed(seed, 'zones:investment-projects'));
  const facilities = new Map(base.facilities.map((f) => [f.id, f]));
  const zoneCodes = new Map(base.zones.map((z) => [z.id, z.code]));
  const highTech = new Map(
    zoneRows
      .filter((row) => row.kind === 'HIGH_TECH_PARK' && row.sectorWeights)
      .map((row) => [row.code, new Set(Object.keys(row.sectorWeights ?? {}))]),
  );
  const highTechOf = (zoneId: string) => highTech.get(zoneCodes.get(zoneId) ?? '') ?? null;

  const namer = new FacilityNamer();
  for (const facility of base.facilities) namer.reserve(facility.name);
  const certificates = new Set(base.zoneTenancies.map((t) => t.investmentCertificate));

  const drafts: Draft[] = [];

  // 1. Tenants: the projects that became today's zone facilities.
  const tenantsByZone = new Map<
    string,
    Array<{ tenancy: SeedZoneTenancy; facility: SeedFacility }>
  >();
  for (const tenancy of base.zoneTenancies) {
    const facility = facilities.get(tenancy.facilityId);
    if (!facility) continue;
    const list = tenantsByZone.get(tenancy.zoneId) ?? [];
    list.push({ tenancy, facility });
    tenantsByZone.set(tenancy.zoneId, list);
    if (tenancy.since < from || tenancy.since > to) continue;
    const sector = sectorOf(facility.sectorCode);
    const built = facility.status !== 'UNDER_CONSTRUCTION' && facility.startedOperationOn !== null;
    drafts.push({
      zoneId: tenancy.zoneId,
      investor: investorOf(facility.name),
      name: projectName(random, sector.nameVi),
      sectorCode: sector.code,
      registeredOn: tenancy.since,
      investmentCertificate: tenancy.investmentCertificate,
      capitalVnd: drawCapital(random),
      ...drawPlanningFit(random, sector, highTechOf(tenancy.zoneId)),
      status: !built
        ? 'UNDER_CONSTRUCTION'
        : facility.status === 'CLOSED'
          ? 'TERMINATED'
          : 'OPERATING',
      facilityId: built ? facility.id : null,
      operatingSince: built ? facility.startedOperationOn : null,
    });
  }

  // 2. Projects with no facility: in the zones that were taking tenants that year.
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    const yearStart = `${year}-01-01` < from ? from : `${year}-01-01`;
    const yearEnd = `${year}-12-31` > to ? to : `${year}-12-31`;
    const open = [...tenantsByZone].filter(([, tenants]) =>
      tenants.some((t) => t.tenancy.since <= yearEnd),
    );
    if (open.length === 0) continue;
    const zonesTable = new WeightedTable(
      open.map(([zoneId, tenants]) => [zoneId, tenants.length] as const),
    );
    const share = (Date.parse(yearEnd) - Date.parse(yearStart) + DAY_MS) / (365 * DAY_MS);
    const count = Math.round(random.int(EXTRA_PER_YEAR[0], EXTRA_PER_YEAR[1]) * Math.min(1, share));
    for (let i = 0; i < count; i++) {
      const zoneId = zonesTable.pick(random);
      const model = random.pick(tenantsByZone.get(zoneId) ?? []);
      const sector = sectorOf(model.facility.sectorCode);
      const profile = sectorProfiles.get(sector.code);
      if (!profile) throw new RangeError(`no profile for sector ${sector.code}`);
      const registeredOn = randomIsoDate(random, yearStart, yearEnd);
      drafts.push({
        zoneId,
        investor: namer.name(random, profile, 'ZONE', random.chance(profile.foreignShare)),
        name: projectName(random, sector.nameVi),
        sectorCode: sector.code,
        registeredOn,
        investmentCertificate: drawCertificate(random, registeredOn, certificates),
        capitalVnd: drawCapital(random),
        ...drawPlanningFit(random, sector, highTechOf(zoneId)),
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
    id: entityId(seed, 'investment-project', index),
    ...draft,
  }));
}
