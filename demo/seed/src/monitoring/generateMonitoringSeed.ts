import { deriveSeed } from '../deriveSeed';
import { receivingWaters } from '../environment/data/receivingWaters';
import { Random } from '../random';
import { randomUuid } from '../randomUuid';
import type { HanoiSeed, SeedFacility } from '../types';
import { asciiCode, asciiInitials } from './asciiCode';
import { receivingWaterFacts } from './data/receivingWaterFacts';
import {
  STACK_GAS_SECTORS,
  stackGasParameters,
  wastewaterParameters,
} from './data/stationParameters';
import { monitoringRoot } from './monitoringRoot';
import type { SeedMonitoringStation, SeedReceivingWater } from './types';

/** Facility stations the demo loads: the largest dischargers, to keep the embedded first start short. */
const FACILITY_STATIONS = 10;
const STACK_GAS_STATIONS = 3;

/**
 * Nghị định 08/2022/NĐ-CP, Điều 97: facilities of polluting types
 * discharging 200 m³/day or more, others 500 m³/day or more, must monitor
 * their wastewater automatically; those connected to a central plant are
 * exempt (the plant monitors instead).
 */
function mustMonitor(facility: SeedFacility, pollutingType: boolean, connected: boolean): boolean {
  if (facility.status !== 'OPERATING' || connected) return false;
  return (facility.dischargeM3PerDay ?? 0) >= (pollutingType ? 200 : 500);
}

/**
 * The brand at the end of a facility's name, without a branch's place or the
 * country: "…Nhuộm Gia Trung tại Ba Vì" → GIATRUNG, "…Long Chen Technology
 * Việt Nam" → CHENTECHNOLOGY.
 */
function facilityCodeBase(name: string): string {
  const words = name
    .replace(/\s+tại\s+.*$/u, '')
    .replace(/\s+Việt Nam$/u, '')
    .split(/\s+/);
  return asciiCode(words.slice(-2).join(''));
}

/**
 * The automatic monitoring stations of the demo: one at the central
 * wastewater plant of every operating zone and cluster whose plant has
 * automatic monitoring (Kế hoạch 75/KH-UBND I.3.1, II.2.4), one at each of
 * the largest facilities Nghị định 08/2022 Điều 97 obliges to monitor, and a
 * stack-gas station at the largest furnaces and kilns. The same base always
 * gives the same stations, in the same order: plants first.
 */
export function generateMonitoringSeed(base: HanoiSeed): SeedMonitoringStation[] {
  const root = monitoringRoot(base);
  const random = new Random(deriveSeed(root, 'monitoring-stations'));
  const stations: SeedMonitoringStation[] = [];
  const usedCodes = new Set<string>();

  const uniqueCode = (facilityPart: string, stationPart: string): string => {
    let code = `${facilityPart}_${stationPart}`;
    for (let n = 2; usedCodes.has(code); n++) code = `${facilityPart}${n}_${stationPart}`;
    usedCodes.add(code);
    return code;
  };
  const receivingWater = (districtCode: string): SeedReceivingWater => {
    const name = random.pick(receivingWaters[districtCode] ?? ['sông Nhuệ']);
    const facts = receivingWaterFacts(name);
    return { kind: facts.kind, name, flowM3PerS: facts.flowM3PerS, volumeM3: facts.volumeM3 };
  };
  const add = (station: Omit<SeedMonitoringStation, 'id'>) =>
    stations.push({
      id: randomUuid(new Random(deriveSeed(root, 'monitoring-station', stations.length))),
      ...station,
    });
  const plantStation = (
    subject: { zoneId: string | null; clusterId: string | null },
    codePart: string,
    label: string,
    place: { adminUnitCode: string; formerPlace: { districtCode: string } },
    capacity: number | null,
  ) => {
    const water = receivingWater(place.formerPlace.districtCode);
    add({
      code: uniqueCode(codePart, 'NUOC01'),
      name: `Trạm quan trắc nước thải tự động ${label}`,
      kind: 'WASTEWATER',
      facilityId: null,
      ...subject,
      adminUnitCode: place.adminUnitCode,
      parameters: wastewaterParameters(null),
      qcvnColumn: receivingWaterFacts(water.name).column,
      receivingWater: water,
      // a plant runs below its design capacity
      dischargeM3PerDay: Math.round(((capacity ?? 1000) * random.float(0.55, 0.9)) / 10) * 10,
    });
  };

  for (const zone of base.zones) {
    if (zone.status !== 'OPERATING' || zone.plant.status !== 'OPERATING') continue;
    if (!zone.plant.autoMonitoring) continue;
    const label = zone.kind === 'HIGH_TECH_PARK' ? zone.name : `KCN ${zone.name}`;
    plantStation(
      { zoneId: zone.id, clusterId: null },
      `${asciiInitials(zone.name)}WWTP`,
      label,
      zone,
      zone.plant.capacityM3PerDay,
    );
  }
  for (const cluster of base.clusters) {
    if (cluster.status !== 'OPERATING' || cluster.plant.status !== 'OPERATING') continue;
    if (!cluster.plant.autoMonitoring) continue;
    plantStation(
      { zoneId: null, clusterId: cluster.id },
      `CCN${asciiCode(cluster.name)}`,
      `CCN ${cluster.name}`,
      cluster,
      cluster.plant.capacityM3PerDay,
    );
  }

  const sectors = new Map(base.sectors.map((s) => [s.code, s]));
  const connectedToZonePlant = new Set(
    base.zoneTenancies.filter((t) => t.connectedToPlant).map((t) => t.facilityId),
  );
  const clusterWithPlant = new Set(
    base.clusters.filter((c) => c.plant.status === 'OPERATING').map((c) => c.id),
  );
  const inClusterWithPlant = new Set(
    base.clusterTenancies.filter((t) => clusterWithPlant.has(t.clusterId)).map((t) => t.facilityId),
  );
  const largestFirst = (a: SeedFacility, b: SeedFacility) =>
    (b.dischargeM3PerDay ?? 0) - (a.dischargeM3PerDay ?? 0) || (a.id < b.id ? -1 : 1);
  const obliged = base.facilities
    .filter((f) =>
      mustMonitor(
        f,
        (sectors.get(f.sectorCode)?.highRisk ?? null) !== null,
        connectedToZonePlant.has(f.id) || inClusterWithPlant.has(f.id),
      ),
    )
    .sort(largestFirst);
  for (const facility of obliged.slice(0, FACILITY_STATIONS)) {
    const water = receivingWater(facility.formerPlace.districtCode);
    add({
      code: uniqueCode(facilityCodeBase(facility.name), 'NUOC01'),
      name: `Trạm quan trắc nước thải tự động ${facility.name}`,
      kind: 'WASTEWATER',
      facilityId: facility.id,
      zoneId: null,
      clusterId: null,
      adminUnitCode: null,
      parameters: wastewaterParameters(facility.sectorCode),
      qcvnColumn: receivingWaterFacts(water.name).column,
      receivingWater: water,
      dischargeM3PerDay: facility.dischargeM3PerDay,
    });
  }

  const furnaces = base.facilities
    .filter(
      (f) =>
        f.status === 'OPERATING' &&
        STACK_GAS_SECTORS.has(f.sectorCode) &&
        (f.dischargeM3PerDay ?? 0) >= 200,
    )
    .sort(largestFirst);
  for (const facility of furnaces.slice(0, STACK_GAS_STATIONS)) {
    add({
      code: uniqueCode(facilityCodeBase(facility.name), 'KHI01'),
      name: `Trạm quan trắc khí thải tự động ${facility.name}`,
      kind: 'STACK_GAS',
      facilityId: facility.id,
      zoneId: null,
      clusterId: null,
      adminUnitCode: null,
      parameters: stackGasParameters(),
      qcvnColumn: null,
      receivingWater: null,
      dischargeM3PerDay: null,
    });
  }
  return stations;
}
