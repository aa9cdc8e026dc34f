import { buildProjects } from '../buildProjects';
import { zones as zoneRows } from '../data/zones';
import type { HanoiSeed, IsoDate } from '../types';
import { plantDeadlines } from './plantDeadlines';
import type { SeedInvestmentProject, ZonesSeed, ZonesSeedOptions } from './types';
import { zoneOccupancy } from './zoneOccupancy';

const DEFAULT_SEED = 75;
const DEFAULT_FROM = '2012-01-01';
const DEFAULT_TO = '2026-10-31';

/**
 * The Industrial Zones Board's demo data beyond what every agency shares:
 * investment projects from 2012 on (a few dozen a year across the zones that
 * take tenants, most in line with the planning; the operating ones point at
 * the base seed's zone tenants), the plan's deadlines for the central plants
 * of Sài Đồng B and Thạch Thất – Quốc Oai, and the zones' occupancy.
 * Deterministic: the same base and options always give the same data.
 */
export function generateZonesSeed(base: HanoiSeed, options: ZonesSeedOptions = {}): ZonesSeed {
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const from = options.from ?? DEFAULT_FROM;
  const to = options.to ?? DEFAULT_TO;
  if (from > to) throw new RangeError(`from ${from} is after to ${to}`);

  const zoneByCode = new Map(base.zones.map((z) => [z.code, z]));
  return {
    investmentProjects: zoneProjects(base, seed, from, to),
    plantDeadlines: plantDeadlines.flatMap(({ zoneCode, ...deadline }) => {
      const zone = zoneByCode.get(zoneCode);
      return zone ? [{ zoneId: zone.id, ...deadline }] : [];
    }),
    occupancyPercent: new Map(
      base.zones.flatMap((z) => {
        const percent = zoneOccupancy[z.code];
        return percent === undefined ? [] : [[z.id, percent] as const];
      }),
    ),
  };
}

/**
 * The zones' projects: one for every tenant whose certificate falls in the
 * period, six to twelve more a year with no facility (yet); in a hi-tech
 * park a project outside its sectors is often out of line with its planning.
 */
function zoneProjects(
  base: HanoiSeed,
  seed: number,
  from: IsoDate,
  to: IsoDate,
): SeedInvestmentProject[] {
  const zoneCodes = new Map(base.zones.map((z) => [z.id, z.code]));
  const highTech = new Map(
    zoneRows
      .filter((row) => row.kind === 'HIGH_TECH_PARK' && row.sectorWeights)
      .map((row) => [row.code, new Set(Object.keys(row.sectorWeights ?? {}))]),
  );
  return buildProjects(base, seed, from, to, {
    stream: 'zones:investment-projects',
    idKind: 'investment-project',
    setting: 'ZONE',
    extraPerYear: [6, 12],
    tenancies: base.zoneTenancies.map(({ zoneId, ...tenancy }) => ({
      placeId: zoneId,
      ...tenancy,
    })),
    highTechOf: (zoneId) => highTech.get(zoneCodes.get(zoneId) ?? '') ?? null,
  }).map(({ placeId, ...project }) => ({ ...project, zoneId: placeId }));
}
