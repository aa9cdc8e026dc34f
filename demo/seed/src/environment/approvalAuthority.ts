import type { IsoDate, SeedAdminUnit, SeedZone } from '../types';
import {
  formerDistrictLabels,
  formerProvinces,
  LAST_DAY_BEFORE_EXPANSION,
} from './data/formerUnitNames';

/** Who signs a dossier, from the ministry down to the commune. */
export type AuthorityLevel =
  | 'MINISTRY'
  | 'PROVINCE'
  | 'DEPARTMENT'
  | 'ZONE_BOARD'
  | 'DISTRICT'
  | 'COMMUNE';

export interface Authority {
  name: string;
  /** the issuer's abbreviation after the form in a document number, e.g. "STNMT" in "2156/QĐ-STNMT" */
  code: string;
}

/** Where the facility stands, as the authorities see it. */
export interface AuthorityPlace {
  districtCode: string;
  unit: SeedAdminUnit | undefined;
  zone: SeedZone | null;
  commune: string | null;
}

/** Ministries and departments were reorganised on these days. */
const MOSTE_UNTIL: IsoDate = '2002-11-10';
const MONRE_UNTIL: IsoDate = '2025-02-28';
const DOSTE_UNTIL: IsoDate = '2003-06-30';
const HANOI_LAND_DEPARTMENT_UNTIL: IsoDate = '2008-07-31';
/** before the 2003 law on people's committees Hanoi's decisions read "QĐ-UB" */
const UB_UNTIL: IsoDate = '2004-06-30';

function committeeCode(date: IsoDate): string {
  return date <= UB_UNTIL ? 'UB' : 'UBND';
}

function provinceOf(districtCode: string, date: IsoDate): string {
  const former = formerProvinces[districtCode];
  return former && date <= LAST_DAY_BEFORE_EXPANSION ? former : 'Hà Nội';
}

function districtLabel(place: AuthorityPlace, date: IsoDate): string {
  for (const [lastDay, label] of formerDistrictLabels[place.districtCode] ?? []) {
    if (date <= lastDay) return label;
  }
  return place.unit
    ? `${place.unit.kind} ${place.unit.name}`
    : `quận, huyện mã ${place.districtCode}`;
}

function ministry(date: IsoDate): Authority {
  if (date <= MOSTE_UNTIL) return { name: 'Bộ Khoa học, Công nghệ và Môi trường', code: 'BKHCNMT' };
  if (date <= MONRE_UNTIL) return { name: 'Bộ Tài nguyên và Môi trường', code: 'BTNMT' };
  return { name: 'Bộ Nông nghiệp và Môi trường', code: 'BNNMT' };
}

function department(province: string, date: IsoDate): Authority {
  if (date <= DOSTE_UNTIL) {
    return { name: `Sở Khoa học, Công nghệ và Môi trường ${province}`, code: 'KHCNMT' };
  }
  if (province === 'Hà Nội' && date <= HANOI_LAND_DEPARTMENT_UNTIL) {
    return { name: 'Sở Tài nguyên Môi trường và Nhà đất Hà Nội', code: 'TNMTNĐ' };
  }
  if (date <= MONRE_UNTIL)
    return { name: `Sở Tài nguyên và Môi trường ${province}`, code: 'STNMT' };
  return { name: `Sở Nông nghiệp và Môi trường ${province}`, code: 'SNNMT' };
}

function zoneBoard(zone: SeedZone | null, province: string): Authority {
  if (zone?.kind === 'HIGH_TECH_PARK') {
    return { name: 'Ban Quản lý Khu công nghệ cao Hòa Lạc', code: 'CNCHL' };
  }
  if (province === 'Hà Tây')
    return { name: 'Ban Quản lý các khu công nghiệp tỉnh Hà Tây', code: 'BQL' };
  return { name: 'Ban Quản lý các khu công nghiệp và chế xuất Hà Nội', code: 'BQL' };
}

/**
 * The authority of a level as it was named on `date`: the ministry and the
 * department through their reorganisations (môi trường moved from science to
 * natural resources in 2002–2003 and merged with agriculture on 1/3/2025),
 * Hà Tây and Vĩnh Phúc before Hanoi's expansion of 1/8/2008, and the
 * district under its name of the day.
 */
export function approvalAuthority(
  level: AuthorityLevel,
  date: IsoDate,
  place: AuthorityPlace,
): Authority {
  const province = provinceOf(place.districtCode, date);
  switch (level) {
    case 'MINISTRY':
      return ministry(date);
    case 'PROVINCE':
      return {
        name: province === 'Hà Nội' ? 'UBND Thành phố Hà Nội' : `UBND tỉnh ${province}`,
        code: committeeCode(date),
      };
    case 'DEPARTMENT':
      return department(province, date);
    case 'ZONE_BOARD':
      return zoneBoard(place.zone, province);
    case 'DISTRICT':
      return { name: `UBND ${districtLabel(place, date)}`, code: committeeCode(date) };
    case 'COMMUNE':
      return {
        name: `UBND ${place.commune ?? districtLabel(place, date)}`,
        code: committeeCode(date),
      };
  }
}
