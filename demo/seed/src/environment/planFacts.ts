import type { HanoiSeed, IsoDate } from '../types';
import type { SeedSeriousPolluterListing } from './types';

/** Figures the progress notes quote, taken from the data so that they agree with it. */
export interface PlanFacts {
  /** listings on the city's lists dated in [from, to] and published */
  publishedCityListings(from: IsoDate, to: IsoDate): number;
  /** all listings up to a day, and how many of them were resolved by then */
  listingsBy(day: IsoDate): { listed: number; resolved: number };
  facilitiesStartedBy(day: IsoDate): number;
  operatingClusters: number;
  /** operating clusters whose central wastewater plant ran by that day */
  clustersWithPlantBy(day: IsoDate): number;
}

export function planFacts(
  base: HanoiSeed,
  listings: readonly SeedSeriousPolluterListing[],
): PlanFacts {
  const city = listings.filter((l) => !l.decision.includes('QĐ-TTg'));
  const operating = base.clusters.filter((c) => c.status === 'OPERATING');
  return {
    publishedCityListings: (from, to) =>
      city.filter((l) => l.published && l.listedOn >= from && l.listedOn <= to).length,
    listingsBy: (day) => {
      const listed = listings.filter((l) => l.listedOn <= day);
      return {
        listed: listed.length,
        resolved: listed.filter((l) => l.resolvedOn !== null && l.resolvedOn <= day).length,
      };
    },
    facilitiesStartedBy: (day) =>
      base.facilities.filter((f) => f.startedOperationOn !== null && f.startedOperationOn <= day)
        .length,
    operatingClusters: operating.length,
    clustersWithPlantBy: (day) =>
      operating.filter(
        (c) =>
          c.plant.status === 'OPERATING' &&
          c.plant.commissionedOn !== null &&
          c.plant.commissionedOn <= day,
      ).length,
  };
}
