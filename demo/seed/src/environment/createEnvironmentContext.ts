import type {
  HanoiSeed,
  IsoDate,
  SeedAdminUnit,
  SeedCluster,
  SeedFacility,
  SeedViolation,
  SeedZone,
} from '../types';
import { environmentRoot } from './environmentRoot';
import { type FacilityTraits, facilityTraits } from './facilityTraits';

/** What every part of the environment data looks up in the base, indexed once. */
export interface EnvironmentContext {
  base: HanoiSeed;
  root: number;
  traits: ReadonlyMap<string, FacilityTraits>;
  zoneOf: ReadonlyMap<string, SeedZone>;
  clusterOf: ReadonlyMap<string, SeedCluster>;
  unitOf: ReadonlyMap<string, SeedAdminUnit>;
  violationsOf: ReadonlyMap<string, readonly SeedViolation[]>;
  /** the first inspection that found a facility operating without an environmental dossier */
  foundWithoutApprovalOn: ReadonlyMap<string, IsoDate>;
  facilityById: ReadonlyMap<string, SeedFacility>;
}

export function createEnvironmentContext(base: HanoiSeed): EnvironmentContext {
  const sectors = new Map(base.sectors.map((s) => [s.code, s]));
  const zones = new Map(base.zones.map((z) => [z.id, z]));
  const clusters = new Map(base.clusters.map((c) => [c.id, c]));
  const zoneOf = new Map<string, SeedZone>();
  for (const t of base.zoneTenancies) {
    const zone = zones.get(t.zoneId);
    if (zone) zoneOf.set(t.facilityId, zone);
  }
  const clusterOf = new Map<string, SeedCluster>();
  for (const t of base.clusterTenancies) {
    const cluster = clusters.get(t.clusterId);
    if (cluster) clusterOf.set(t.facilityId, cluster);
  }
  const violationsOf = new Map<string, SeedViolation[]>();
  const foundWithoutApprovalOn = new Map<string, IsoDate>();
  for (const v of base.violations) {
    const list = violationsOf.get(v.facilityId);
    if (list) list.push(v);
    else violationsOf.set(v.facilityId, [v]);
    if (v.category !== 'NO_ENVIRONMENTAL_APPROVAL') continue;
    const found = foundWithoutApprovalOn.get(v.facilityId);
    if (found === undefined || v.detectedOn < found)
      foundWithoutApprovalOn.set(v.facilityId, v.detectedOn);
  }
  return {
    base,
    root: environmentRoot(base),
    traits: new Map(
      base.facilities.map((f) => [f.id, facilityTraits(f, sectors.get(f.sectorCode))]),
    ),
    zoneOf,
    clusterOf,
    unitOf: new Map(base.adminUnits.map((u) => [u.code, u])),
    violationsOf,
    foundWithoutApprovalOn,
    facilityById: new Map(base.facilities.map((f) => [f.id, f])),
  };
}
