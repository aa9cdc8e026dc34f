import { COMMUNES_2025, DISTRICTS_2008 } from './data/hanoiUnits';

/** The day the reform took effect: from it, Hanoi has no district level. */
export const REFORM_DAY = '2025-07-01';
/** The last day of the districts. */
export const LAST_DISTRICT_DAY = '2025-06-30';
/** The city, unit `01` before and after the reform. */
export const CITY_CODE = '01';

export interface HanoiUnit {
  code: string;
  name: string;
  /** as written before the name: quận, huyện, thị xã; phường, xã; thành phố */
  kind: string;
  level: 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
  /** a commune of 2025: the former districts whose units went into it (codes) */
  formedFrom: readonly string[];
  /** a former district: the communes of 2025 formed from its units (codes) */
  successors: readonly string[];
}

const districtByName = new Map<string, string>(DISTRICTS_2008.map((d) => [d.name, d.code]));

function districtCodeOf(name: string): string {
  const code = districtByName.get(name);
  if (!code) throw new Error(`no former district named ${name}`);
  return code;
}

const successors = new Map<string, string[]>();
for (const commune of COMMUNES_2025) {
  for (const name of commune.formedFromDistricts) {
    const code = districtCodeOf(name);
    successors.set(code, [...(successors.get(code) ?? []), commune.code]);
  }
}

/**
 * Every unit Hanoi has had since 1/8/2008: the city, the 30 districts
 * (until 30/6/2025) and the 126 communes and wards (from 1/7/2025), linked
 * both ways across the reform. One source for every subgraph that keeps
 * units and for every check of a unit code.
 */
export const HANOI_UNITS: readonly HanoiUnit[] = [
  {
    code: CITY_CODE,
    name: 'Hà Nội',
    kind: 'thành phố',
    level: 'PROVINCE',
    parentCode: null,
    validFrom: '2008-08-01',
    validTo: null,
    formedFrom: [],
    successors: [],
  },
  ...DISTRICTS_2008.map(
    (d): HanoiUnit => ({
      code: d.code,
      name: d.name,
      kind: d.kind,
      level: 'DISTRICT',
      parentCode: CITY_CODE,
      validFrom: '2008-08-01',
      validTo: LAST_DISTRICT_DAY,
      formedFrom: [],
      successors: successors.get(d.code) ?? [],
    }),
  ),
  ...COMMUNES_2025.map(
    (c): HanoiUnit => ({
      code: c.code,
      name: c.name,
      kind: c.kind === 'PHUONG' ? 'phường' : 'xã',
      level: 'COMMUNE',
      parentCode: CITY_CODE,
      validFrom: REFORM_DAY,
      validTo: null,
      formedFrom: c.formedFromDistricts.map(districtCodeOf),
      successors: [],
    }),
  ),
];

const byCode = new Map(HANOI_UNITS.map((u) => [u.code, u]));

/** The unit with this code, or undefined. */
export function hanoiUnit(code: string): HanoiUnit | undefined {
  return byCode.get(code);
}

/** Whether the unit was in force on the day (YYYY-MM-DD). */
export function inForce(unit: Pick<HanoiUnit, 'validFrom' | 'validTo'>, day: string): boolean {
  return unit.validFrom <= day && (unit.validTo === null || day <= unit.validTo);
}

/**
 * The unit codes an area given by `code` covers, across the reform: a
 * former district covers itself (its records before the reform) and the
 * communes formed from its units (after); a commune covers itself; the city
 * covers everything (an empty list here means "no limit" is the caller's
 * decision, so the city returns itself and every unit).
 */
export function unitsCoveredBy(code: string): string[] {
  const unit = byCode.get(code);
  if (!unit) return [];
  if (unit.level === 'PROVINCE') return HANOI_UNITS.map((u) => u.code);
  if (unit.level === 'DISTRICT') return [unit.code, ...unit.successors];
  return [unit.code];
}

/** How a former commune-level unit went into the new ones. */
export interface FormerUnitSuccession {
  /** the new units that took it, whole or in part, in the resolution's order */
  successors: readonly string[];
  /** whether it was split between new units ("một phần") */
  split: boolean;
}

const VIETNAMESE_KIND = /^(phường|xã|thị trấn) /;

function formerKey(districtCode: string, label: string): string {
  return `${districtCode}|${label.normalize('NFC').toLowerCase()}`;
}

const formerUnits = new Map<string, { successors: string[]; split: boolean }>();
for (const commune of COMMUNES_2025) {
  const districts = commune.formedFromDistricts.map(districtCodeOf);
  for (const written of commune.formedFromUnits) {
    const partial = written.startsWith('một phần ');
    // "phường Cửa Nam (quận Hoàn Kiếm)": the tag names the district where a name repeats
    const tagged = /^(.*?) \((?:quận|huyện|thị xã) (.+)\)$/.exec(written.replace(/^một phần /, ''));
    const label = tagged?.[1] ?? written.replace(/^một phần /, '');
    if (!VIETNAMESE_KIND.test(label)) continue;
    const inDistricts = tagged?.[2] ? [districtCodeOf(tagged[2])] : districts;
    for (const district of inDistricts) {
      const key = formerKey(district, label);
      const entry = formerUnits.get(key) ?? { successors: [], split: false };
      if (!entry.successors.includes(commune.code)) entry.successors.push(commune.code);
      entry.split ||= partial;
      formerUnits.set(key, entry);
    }
  }
}

/**
 * The new units a former commune-level unit (e.g. "xã Kim Chung" of Đông
 * Anh, `017`) went into, or undefined when the resolution does not name it
 * among that district's units.
 */
export function successionOf(
  districtCode: string,
  formerUnit: string,
): FormerUnitSuccession | undefined {
  const found = formerUnits.get(formerKey(districtCode, formerUnit));
  return (
    found && { successors: found.successors, split: found.split || found.successors.length > 1 }
  );
}

/**
 * The rule for a place in a former unit that was split, when only its
 * address is known (the resolution gives no boundaries): the new unit that
 * carries the former unit's name, if one does; otherwise the first new unit
 * the resolution lists it under. Returns the chosen code and which part of
 * the rule chose it.
 */
export function successorOf(
  districtCode: string,
  formerUnit: string,
): { code: string; by: 'whole' | 'same name' | 'first listed' } | undefined {
  const succession = successionOf(districtCode, formerUnit);
  const first = succession?.successors[0];
  if (!succession || !first) return undefined;
  if (!succession.split) return { code: first, by: 'whole' };
  const name = formerUnit.replace(VIETNAMESE_KIND, '');
  const namesake = succession.successors.find((code) =>
    byCode.get(code)?.name.endsWith(` ${name}`),
  );
  return namesake ? { code: namesake, by: 'same name' } : { code: first, by: 'first listed' };
}

/** Where a place stood before the reform: its district and its commune-level unit as addresses wrote it ("xã Kim Chung"). */
export interface FormerPlace {
  districtCode: string;
  /** the former commune-level unit with its kind, e.g. "xã Kim Chung", "phường Cửa Nam", "thị trấn Đông Anh" */
  formerUnit: string;
}

/** Which part of the rule placed a former place in a unit of today (docs/units.md). */
export type PlacedBy = 'whole' | 'same name' | 'first listed' | 'district';

/**
 * The commune in force today for a place known by its former district and
 * commune-level unit: `successorOf`'s rule (whole, same name, first listed),
 * and, when the resolution does not name the former unit among the
 * district's units, the first commune the resolution lists as formed from
 * that district ("district").
 *
 * @throws RangeError for a code that is not one of the 30 former districts
 */
export function placeToday(place: FormerPlace): { code: string; by: PlacedBy } {
  const district = byCode.get(place.districtCode);
  if (district?.level !== 'DISTRICT') {
    throw new RangeError(`${place.districtCode} is not a former district of Hanoi`);
  }
  const chosen = successorOf(place.districtCode, place.formerUnit);
  if (chosen) return chosen;
  const first = district.successors[0];
  if (!first) throw new RangeError(`former district ${place.districtCode} has no successor`);
  return { code: first, by: 'district' };
}

/**
 * The unit in force on `day` (YYYY-MM-DD) for a place: its former district
 * before 1/7/2025, the commune `placeToday` gives from that day. A dated
 * record takes the unit of its own date.
 */
export function unitOnDay(place: FormerPlace, day: string): string {
  return day < REFORM_DAY ? place.districtCode : placeToday(place).code;
}

/**
 * The unit a record dated `day` keeps, for a place known only by the unit it
 * is in today (a facility of DONRE's registry, as the other agencies see
 * it): from 1/7/2025 that unit; before, for a commune of today, the former
 * district it was formed from — the first the resolution lists when it was
 * formed from several (docs/units.md). A unit that was already in force
 * that day (the city, a district) is kept.
 */
export function unitOnDayOf(todayCode: string, day: string): string {
  if (day >= REFORM_DAY) return todayCode;
  const unit = byCode.get(todayCode);
  if (unit?.level !== 'COMMUNE') return todayCode;
  return unit.formedFrom[0] ?? todayCode;
}

/** Today in Hanoi (Asia/Ho_Chi_Minh), YYYY-MM-DD. */
export function hanoiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

function dayMonthYear(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Why a unit code cannot be where something is on `day` (YYYY-MM-DD), in
 * Vietnamese and English, or undefined when it can: a unit of Hanoi that
 * was not in force that day. A former district after 30/6/2025 names the
 * communes formed from it, the codes to use instead. Codes that are not
 * Hanoi's units are the caller's to judge (they are not in this list).
 */
export function unitNotInForce(
  code: string,
  day: string,
  field = 'adminUnitCode',
): { vi: string; en: string } | undefined {
  const unit = byCode.get(code);
  if (!unit || inForce(unit, day)) return undefined;
  const label = `${unit.kind} ${unit.name} (${unit.code})`;
  if (unit.validTo !== null && day > unit.validTo && unit.successors.length > 0) {
    const successors = unit.successors
      .map((c) => `${c} ${byCode.get(c)?.name ?? ''}`.trim())
      .join(', ');
    return {
      vi: `${field}: ${label} không còn từ ngày ${dayMonthYear(REFORM_DAY)}; dùng mã của xã, phường được thành lập từ đơn vị này: ${successors}`,
      en: `${field} ${code} (${unit.name}) ended on ${unit.validTo}; use the code of a commune formed from it: ${successors}`,
    };
  }
  return {
    vi: `${field}: ${label} không có hiệu lực vào ngày ${dayMonthYear(day)} (từ ${dayMonthYear(unit.validFrom)}${unit.validTo ? ` đến ${dayMonthYear(unit.validTo)}` : ''})`,
    en: `${field} ${code} (${unit.name}) was not in force on ${day} (valid from ${unit.validFrom}${unit.validTo ? ` to ${unit.validTo}` : ''})`,
  };
}

/**
 * The unit codes a filter on `code` matches (docs/units.md): the city every
 * unit, a former district itself and its successor communes, a commune
 * itself; a code outside Hanoi's list only itself.
 */
export function unitCodesUnder(code: string): string[] {
  const covered = unitsCoveredBy(code);
  return covered.length > 0 ? covered : [code];
}
