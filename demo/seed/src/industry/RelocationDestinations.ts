import type { Random } from '../random';
import type { HanoiSeed } from '../types';

/** A place a facility can be moved to: an operating zone or an operating cluster with a plant. */
export interface Destination {
  zoneId: string | null;
  clusterId: string | null;
  adminUnitCode: string;
  /** the former district it stood in: "near" is decided by it */
  districtCode: string;
}

/**
 * Kế hoạch 150 and plan 75 (II.2.1) move polluting workshops "to zones and
 * clusters that already have pollution-control infrastructure": operating
 * industrial zones (not the hi-tech park, which takes no relocated workshops)
 * and operating clusters whose central plant operates.
 */
export class RelocationDestinations {
  private readonly all: Destination[];
  private readonly byUnit = new Map<string, Destination[]>();

  constructor(base: Pick<HanoiSeed, 'zones' | 'clusters'>) {
    const zones = base.zones
      .filter((z) => z.status === 'OPERATING' && z.kind !== 'HIGH_TECH_PARK')
      .map((z) => ({
        zoneId: z.id,
        clusterId: null,
        adminUnitCode: z.adminUnitCode,
        districtCode: z.formerPlace.districtCode,
      }));
    const clusters = base.clusters
      .filter((c) => c.status === 'OPERATING' && c.plant.status === 'OPERATING')
      .map((c) => ({
        zoneId: null,
        clusterId: c.id,
        adminUnitCode: c.adminUnitCode,
        districtCode: c.formerPlace.districtCode,
      }));
    this.all = [...clusters, ...zones];
    if (this.all.length === 0) throw new RangeError('the base seed has no place to relocate to');
    for (const destination of this.all) {
      const list = this.byUnit.get(destination.districtCode);
      if (list) list.push(destination);
      else this.byUnit.set(destination.districtCode, [destination]);
    }
  }

  /** Mostly a place in the facility's own district, when it has one: workers and owners stay near. */
  pick(random: Random, districtCode: string): Destination {
    const near = this.byUnit.get(districtCode);
    return near && random.chance(0.6) ? random.pick(near) : random.pick(this.all);
  }
}
