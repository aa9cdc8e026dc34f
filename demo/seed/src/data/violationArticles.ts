import type { ViolationCategory } from '../types';

/**
 * Articles of the two sanctions decrees a category is cited under. The
 * reference confirms Điều 18 and 19 of Nghị định 45/2022/NĐ-CP for wastewater;
 * Điều 29 (hazardous waste) is from a secondary source; the other articles are
 * recalled and kept as data so the hub can correct them.
 */
export const violationArticles: Readonly<
  Record<Exclude<ViolationCategory, 'WASTEWATER_EXCEEDANCE'>, { nd45: number; nd155: number }>
> = {
  EMISSION_EXCEEDANCE: { nd45: 20, nd155: 15 },
  HAZARDOUS_WASTE: { nd45: 29, nd155: 20 },
  NO_ENVIRONMENTAL_APPROVAL: { nd45: 10, nd155: 9 },
  NO_PERMIT: { nd45: 15, nd155: 12 },
  MONITORING_NOT_OPERATED: { nd45: 13, nd155: 11 },
  OTHER: { nd45: 16, nd155: 17 },
};

/** Wastewater: the article for common and for hazardous parameters. */
export const wastewaterArticles = {
  nd45: { common: 18, hazardous: 19 },
  nd155: { common: 13, hazardous: 14 },
} as const;
