import { placeToday } from '@ipc-hub/units';
import { clusterDeveloper } from './clusterDeveloper';
import { clusterPlant } from './clusterPlant';
import { type Commune, communesByDistrict } from './data/communes';
import { type District, districts } from './data/districts';
import { namedClusters } from './data/namedClusters';
import { deriveSeed } from './deriveSeed';
import { districtByCode } from './districtByCode';
import { entityId } from './entityId';
import { footprintKm } from './footprintKm';
import { dayToIsoDate, isoDateToDay, randomIsoDate } from './isoDate';
import { jitter } from './jitter';
import { Random } from './random';
import type { ClusterStatus, IsoDate, PlantStatus, SeedCluster } from './types';
import { unitLabel } from './unitLabel';
import { WeightedTable } from './weightedTable';

/** A generated cluster with where it lies, which the facilities need. */
export interface PlacedCluster {
  cluster: SeedCluster;
  commune: Commune;
  latitude: number;
  longitude: number;
  /** radius of the cluster's footprint, km */
  radiusKm: number;
  /** when its first tenant could have started */
  openedOn: IsoDate;
}

/** Clusters per unit of scale: Hanoi had about 70 operating clusters in 2019. */
const CLUSTERS_PER_SCALE = 70;
/** Of those, 21 had a central wastewater plant (reference README). */
const PLANT_SHARE = 21 / 70;

interface Draft {
  name: string;
  district: District;
  commune: Commune;
  areaHa: number;
  status: ClusterStatus;
  plantPlanned2014: boolean;
  random: Random;
}

function drawArea(random: Random): number {
  return Math.round((5 + 55 * random.next() ** 1.6) * 100) / 100;
}

function draftGenerated(
  random: Random,
  districtTable: WeightedTable<District>,
  usedNames: Set<string>,
): Draft {
  const district = districtTable.pick(random);
  const communes = communesByDistrict[district.code] ?? [];
  const fresh = communes.filter((c) => !usedNames.has(c.name));
  let commune: Commune;
  let name: string;
  if (fresh.length > 0) {
    commune = random.pick(fresh);
    name = commune.name;
  } else {
    // every commune already names a cluster: extend one, as Hanoi does with "giai đoạn 2"
    commune = random.pick(communes);
    let phase = 2;
    while (usedNames.has(`${commune.name} giai đoạn ${phase}`)) phase++;
    name = `${commune.name} giai đoạn ${phase}`;
  }
  const roll = random.next();
  const status: ClusterStatus =
    roll < 0.8 ? 'OPERATING' : roll < 0.91 ? 'UNDER_CONSTRUCTION' : 'PLANNED';
  return {
    name,
    district,
    commune,
    areaHa: drawArea(random),
    status,
    plantPlanned2014: false,
    random,
  };
}

/**
 * About 70 × scale clusters: the 19 named ones of the reference file, then
 * generated ones named after real communes of the suburban districts. Each
 * cluster draws from its own PRNG stream, so the first clusters stay the same
 * when the scale grows; about 30 % have an operating central plant.
 */
export function buildClusters(seed: number, scale: number): PlacedCluster[] {
  const total = Math.max(namedClusters.length, Math.round(CLUSTERS_PER_SCALE * scale));
  const districtTable = new WeightedTable(districts.map((d) => [d, d.clusterWeight] as const));
  const usedNames = new Set<string>();
  const drafts: Draft[] = [];

  for (let index = 0; index < total; index++) {
    const random = new Random(deriveSeed(seed, 'cluster', index));
    const named = namedClusters[index];
    if (named) {
      const district = districtByCode(named.districtCode);
      drafts.push({
        name: named.name,
        district,
        commune: { kind: 'xã', name: named.commune },
        areaHa: named.areaHa ?? drawArea(random),
        status: 'OPERATING',
        plantPlanned2014: named.plantPlanned2014,
        random,
      });
      usedNames.add(named.commune);
    } else {
      drafts.push(draftGenerated(random, districtTable, usedNames));
    }
    usedNames.add(drafts[drafts.length - 1]?.name ?? '');
  }

  // the clusters whose plant the CSV says was planned for 2014 come first, then a random rank
  const ranked = drafts
    .map((draft, index) => ({ index, key: draft.plantPlanned2014 ? -1 : draft.random.next() }))
    .filter(({ index }) => drafts[index]?.status === 'OPERATING')
    .sort((a, b) => a.key - b.key || a.index - b.index);
  const withPlant = new Set(ranked.slice(0, Math.round(total * PLANT_SHARE)).map((r) => r.index));

  return drafts.map((draft, index) => {
    const { random, district, commune, areaHa, status } = draft;
    const openedOn =
      status === 'OPERATING'
        ? randomIsoDate(random, draft.plantPlanned2014 ? '2000-01-01' : '1998-01-01', '2018-12-31')
        : randomIsoDate(random, '2023-01-01', '2025-12-31');
    let plantStatus: PlantStatus = 'NONE';
    if (withPlant.has(index)) plantStatus = 'OPERATING';
    else if (status === 'OPERATING' && random.chance(0.25)) plantStatus = 'UNDER_CONSTRUCTION';
    else if (status === 'UNDER_CONSTRUCTION' && random.chance(0.4))
      plantStatus = 'UNDER_CONSTRUCTION';
    const earliest = dayToIsoDate(
      Math.max(isoDateToDay(openedOn) + 730, isoDateToDay('2008-01-01')),
    );
    const plant = clusterPlant(
      random,
      plantStatus,
      areaHa,
      draft.plantPlanned2014 ? ['2014-06-01', '2016-12-31'] : [earliest, '2022-12-31'],
    );
    const communeUnit =
      (communesByDistrict[district.code] ?? []).find((c) => c.name === commune.name) ?? commune;
    const { developer, developerKind } = clusterDeveloper(random, district, communeUnit);
    const point = jitter(random, district.latitude, district.longitude, 2.5);
    const formerPlace = { districtCode: district.code, formerUnit: unitLabel(communeUnit) };
    return {
      cluster: {
        id: entityId(seed, 'cluster', index),
        name: draft.name,
        adminUnitCode: placeToday(formerPlace).code,
        formerPlace,
        areaHa,
        status,
        developer,
        developerKind,
        plant,
      },
      commune: communeUnit,
      latitude: point.latitude,
      longitude: point.longitude,
      radiusKm: footprintKm(areaHa, 0.15),
      openedOn,
    };
  });
}
