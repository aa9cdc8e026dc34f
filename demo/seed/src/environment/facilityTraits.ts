import type { SeedFacility, SeedSector } from '../types';

/** How big a facility is for the environmental dossier it needs. */
export type DossierScale = 'LARGE' | 'MEDIUM' | 'SMALL';

export interface FacilityTraits {
  scale: DossierScale;
  /** a sector the plan names or that is commonly treated as high risk */
  highRisk: boolean;
  /** large enough that the ministry, not the city, approves its ĐTM */
  national: boolean;
  /** household-scale legal form (private enterprise, cooperative) */
  household: boolean;
  /** "xã Kim Chung": the former commune-level unit it stood in, where one is known */
  commune: string | null;
}

/** Sectors whose bigger plants the ministry appraises (Nghị định 18/2015/NĐ-CP, Phụ lục III). */
const nationalSectors = new Set(['2011', '2012', '2410', '2420']);

/** "xã Kim Chung": the former commune-level unit a facility stood in, where its address named one. */
function communeOf(facility: SeedFacility): string | null {
  const unit = facility.formerPlace.formerUnit;
  return unit.startsWith('xã ') || unit.startsWith('phường ') || unit.startsWith('thị trấn ')
    ? unit
    : null;
}

/**
 * Reads the dossier scale from the daily wastewater discharge, the usual
 * yardstick of the appraisal thresholds: large from 500 m³/day (200 for a
 * high-risk sector), small under 30 m³/day or for a household-scale
 * workshop under 100.
 */
export function facilityTraits(
  facility: SeedFacility,
  sector: SeedSector | undefined,
): FacilityTraits {
  const highRisk = (sector?.highRisk ?? null) !== null;
  const household =
    facility.name.startsWith('Hợp tác xã ') || facility.name.startsWith('Doanh nghiệp tư nhân ');
  const q = facility.dischargeM3PerDay;
  let scale: DossierScale;
  if (q === null) scale = facility.setting === 'ZONE' || highRisk ? 'MEDIUM' : 'SMALL';
  else if (q >= 500 || (highRisk && q >= 200)) scale = 'LARGE';
  else if (q < 30 || (household && q < 100)) scale = 'SMALL';
  else scale = 'MEDIUM';
  const national =
    facility.sectorCode === '3822' ||
    (q !== null && (q >= 1200 || (nationalSectors.has(facility.sectorCode) && q >= 300)));
  return { scale, highRisk, national, household, commune: communeOf(facility) };
}
