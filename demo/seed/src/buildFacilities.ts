import { hanoiUnit, placeToday } from '@ipc-hub/units';
import type { PlacedCluster } from './buildClusters';
import { districts } from './data/districts';
import { type SectorProfile, sectorProfiles } from './data/sectorProfiles';
import { deriveSeed } from './deriveSeed';
import { districtByCode } from './districtByCode';
import { drawCertificate } from './drawCertificate';
import { drawTaxCode } from './drawTaxCode';
import { entityId } from './entityId';
import { FacilityNamer } from './facilityNamer';
import { footprintKm } from './footprintKm';
import { dayToIsoDate, isoDateToDay, randomIsoDate } from './isoDate';
import { jitter } from './jitter';
import { planHosts, type ZoneEntry } from './planHosts';
import { Random } from './random';
import { standaloneAddress } from './standaloneAddress';
import type {
  FacilitySetting,
  FacilityStatus,
  IsoDate,
  SeedClusterTenancy,
  SeedFacility,
  SeedZoneTenancy,
} from './types';
import { unitLabel } from './unitLabel';
import { WeightedTable } from './weightedTable';

export interface FacilitiesBuild {
  facilities: SeedFacility[];
  zoneTenancies: SeedZoneTenancy[];
  clusterTenancies: SeedClusterTenancy[];
}

const FACILITIES_PER_SCALE = 1500;
const BRANCH_SHARE = 0.032;
const UNKNOWN_DISCHARGE_SHARE = 0.07;
const LAST_START: IsoDate = '2026-06-30';
const EARLIEST_START: IsoDate = '1995-01-01';

const statusWeights: Record<FacilitySetting, readonly (readonly [FacilityStatus, number])[]> = {
  ZONE: [
    ['OPERATING', 91],
    ['SUSPENDED', 3],
    ['CLOSED', 4],
    ['UNDER_CONSTRUCTION', 2],
  ],
  CLUSTER: [
    ['OPERATING', 88],
    ['SUSPENDED', 4],
    ['CLOSED', 5],
    ['RELOCATED', 1],
    ['UNDER_CONSTRUCTION', 2],
  ],
  STANDALONE: [
    ['OPERATING', 70],
    ['SUSPENDED', 6],
    ['CLOSED', 8],
    ['RELOCATED', 14],
    ['UNDER_CONSTRUCTION', 2],
  ],
};

function sectorTable(weight: (profile: SectorProfile) => number): WeightedTable<string> {
  return new WeightedTable([...sectorProfiles].map(([code, p]) => [code, weight(p)] as const));
}

function profileOf(code: string): SectorProfile {
  const profile = sectorProfiles.get(code);
  if (!profile) throw new RangeError(`no profile for sector ${code}`);
  return profile;
}

function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/**
 * About 1 500 × scale facilities: ~45 % tenants of operating zones, ~35 % of
 * operating clusters, the rest standalone workshops among homes (Plan 75's
 * target 3.6), each with a unique name and a valid, unique Hanoi tax code.
 */
export function buildFacilities(
  seed: number,
  scale: number,
  zones: readonly ZoneEntry[],
  clusters: readonly PlacedCluster[],
): FacilitiesBuild {
  const random = new Random(deriveSeed(seed, 'facilities'));
  const total = Math.max(1, Math.round(FACILITIES_PER_SCALE * scale));
  const hosts = planHosts(random, total, zones, clusters);

  const tables = {
    ZONE: sectorTable((p) => p.zoneWeight),
    CLUSTER: sectorTable((p) => p.clusterWeight),
    STANDALONE: sectorTable((p) => p.standaloneWeight),
  };
  const zoneSectorTables = new Map(
    zones
      .filter((z) => z.row.sectorWeights)
      .map((z) => [z.row.code, new WeightedTable(Object.entries(z.row.sectorWeights ?? {}))]),
  );
  const statusTables = {
    ZONE: new WeightedTable(statusWeights.ZONE),
    CLUSTER: new WeightedTable(statusWeights.CLUSTER),
    STANDALONE: new WeightedTable(statusWeights.STANDALONE),
  };
  const standaloneDistricts = new WeightedTable(
    districts.map((d) => [d, d.standaloneWeight] as const),
  );
  const ruralDistricts = new WeightedTable(
    districts.filter((d) => d.kind !== 'quận').map((d) => [d, d.standaloneWeight] as const),
  );

  const namer = new FacilityNamer();
  const taxCodes = new Set<string>();
  const certificates = new Set<string>();
  const parentsBySector = new Map<string, SeedFacility[]>();
  const branchCounts = new Map<string, number>();
  const lots = new Map<string, number>();

  const facilities: SeedFacility[] = [];
  const zoneTenancies: SeedZoneTenancy[] = [];
  const clusterTenancies: SeedClusterTenancy[] = [];

  hosts.forEach((host, index) => {
    const id = entityId(seed, 'facility', index);

    let sectorCode: string;
    if (host.setting === 'ZONE') {
      sectorCode = (zoneSectorTables.get(host.entry.row.code) ?? tables.ZONE).pick(random);
    } else if (host.setting === 'CLUSTER' && host.placed.cluster.name.includes('đồ gỗ')) {
      // a furniture-village cluster takes mostly furniture makers
      sectorCode = random.chance(0.85) ? '3100' : tables.CLUSTER.pick(random);
    } else {
      sectorCode = tables[host.setting].pick(random);
    }
    const profile = profileOf(sectorCode);

    const district =
      host.setting === 'ZONE'
        ? districtByCode(host.entry.row.districtCode)
        : host.setting === 'CLUSTER'
          ? districtByCode(host.placed.cluster.formerPlace.districtCode)
          : (profile.ruralOnly ? ruralDistricts : standaloneDistricts).pick(random);

    const hostBuilding =
      (host.setting === 'ZONE' && host.entry.row.status === 'UNDER_CONSTRUCTION') ||
      (host.setting === 'CLUSTER' && host.placed.cluster.status === 'UNDER_CONSTRUCTION');
    const status: FacilityStatus = hostBuilding
      ? 'UNDER_CONSTRUCTION'
      : statusTables[host.setting].pick(random);

    const hostOpened: IsoDate =
      host.setting === 'ZONE'
        ? host.entry.row.openedOn
        : host.setting === 'CLUSTER'
          ? host.placed.openedOn
          : EARLIEST_START;
    let startedOperationOn: IsoDate | null = null;
    if (status !== 'UNDER_CONSTRUCTION') {
      const gone = status === 'CLOSED' || status === 'RELOCATED';
      // standalone workshops are mostly old ones the plan wants moved out
      const old = gone || (host.setting === 'STANDALONE' && random.chance(0.85));
      startedOperationOn = randomIsoDate(
        random,
        laterOf(hostOpened, EARLIEST_START),
        old ? '2016-12-31' : LAST_START,
      );
    }

    const parents = parentsBySector.get(sectorCode);
    const parent = parents && random.chance(BRANCH_SHARE) ? random.pick(parents) : undefined;
    let name: string | undefined;
    let taxCode: string | undefined;
    if (parent) {
      const candidate = `Chi nhánh ${parent.name} tại ${district.name}`;
      if (!namer.has(candidate)) {
        namer.reserve(candidate);
        const branchNo = (branchCounts.get(parent.taxCode) ?? 0) + 1;
        branchCounts.set(parent.taxCode, branchNo);
        name = candidate;
        taxCode = `${parent.taxCode}-${String(branchNo).padStart(3, '0')}`;
      }
    }
    const foreign = host.setting === 'ZONE' && random.chance(profile.foreignShare);
    name ??= namer.name(random, profile, host.setting, foreign);
    taxCode ??= drawTaxCode(random, taxCodes);

    // where the address puts it: a lot, a cluster or a street, before its unit
    let place: string;
    let formerUnit: string;
    let point: { latitude: number; longitude: number };
    if (host.setting === 'ZONE') {
      const { row } = host.entry;
      const lot = (lots.get(row.code) ?? 0) + random.int(1, 3);
      lots.set(row.code, lot);
      const park = row.kind === 'HIGH_TECH_PARK' ? row.name : `KCN ${row.name}`;
      place = `Lô CN-${lot}, ${park}`;
      formerUnit = row.commune;
      point = jitter(random, row.latitude, row.longitude, footprintKm(row.areaHa, 0.4));
    } else if (host.setting === 'CLUSTER') {
      const { placed } = host;
      place = `CCN ${placed.cluster.name}`;
      formerUnit = unitLabel(placed.commune);
      point = jitter(random, placed.latitude, placed.longitude, placed.radiusKm);
    } else {
      ({ place, formerUnit } = standaloneAddress(random, district));
      point = jitter(random, district.latitude, district.longitude, 2);
    }

    const [low, high] = profile.dischargeM3PerDay;
    const dischargeM3PerDay = random.chance(UNKNOWN_DISCHARGE_SHARE)
      ? null
      : Math.round(low * (high / low) ** random.next());

    // Addresses are written as they are since 1/7/2025: the commune of
    // today, then the city, with no district (docs/units.md)
    const today = placeToday({ districtCode: district.code, formerUnit });
    const commune = hanoiUnit(today.code)?.name ?? today.code;
    const facility: SeedFacility = {
      id,
      name,
      taxCode,
      address: `${place}, ${commune}, Hà Nội`,
      adminUnitCode: today.code,
      formerPlace: { districtCode: district.code, formerUnit },
      latitude: point.latitude,
      longitude: point.longitude,
      sectorCode,
      status,
      startedOperationOn,
      setting: host.setting,
      dischargeM3PerDay,
    };
    facilities.push(facility);
    if (!parent) {
      if (parents) parents.push(facility);
      else parentsBySector.set(sectorCode, [facility]);
    }

    // the lease or investment certificate usually predates the start of production
    const since =
      startedOperationOn === null
        ? randomIsoDate(random, laterOf(hostOpened, '2023-01-01'), LAST_START)
        : dayToIsoDate(
            Math.max(
              Math.min(isoDateToDay(hostOpened), isoDateToDay(startedOperationOn)),
              isoDateToDay(startedOperationOn) - random.int(0, 540),
            ),
          );

    if (host.setting === 'ZONE') {
      const { zone } = host.entry;
      zoneTenancies.push({
        zoneId: zone.id,
        facilityId: id,
        investmentCertificate: drawCertificate(random, since, certificates),
        connectedToPlant:
          zone.plant.status === 'OPERATING' &&
          status !== 'UNDER_CONSTRUCTION' &&
          random.chance(0.94),
        since,
      });
    } else if (host.setting === 'CLUSTER') {
      clusterTenancies.push({ clusterId: host.placed.cluster.id, facilityId: id, since });
    }
  });

  return { facilities, zoneTenancies, clusterTenancies };
}
