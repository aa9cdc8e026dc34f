import type { Random } from '../random';
import type { FacilitySetting, IsoDate, SeedFacility } from '../types';
import type { WeightedTable } from '../weightedTable';
import { dateOfDay } from './dateOfDay';
import { dayNumber } from './dayNumber';
import { IdSequence } from './idSequence';
import type { SeedHazardousWasteRegistration, SeedHazardousWasteReport } from './types';

export interface ReportingGenerator {
  registration: SeedHazardousWasteRegistration;
  facility: SeedFacility;
  /** the sum of the registration's declared streams */
  expectedKg: number;
}

const FIRST_YEAR = 2013;
const LAST_YEAR = 2025;
/** closed and relocated facilities stopped by then */
const LAST_YEAR_GONE = 2021;
const SUBMISSION_PENALTY: Record<FacilitySetting, number> = {
  ZONE: 0,
  CLUSTER: 0.05,
  STANDALONE: 0.15,
};
const SHARE_SHIFT: Record<FacilitySetting, number> = {
  ZONE: 0.03,
  CLUSTER: -0.03,
  STANDALONE: -0.08,
};

/** 0 in 2013, 1 in 2025. */
function progress(year: number): number {
  return (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR);
}

/**
 * The share of a year's waste handed to a licensed unit: all of it for a
 * growing number of generators, none for a shrinking few who stored it on
 * site or sold it to unlicensed buyers, part of it for the rest. The mean
 * rises from about 70 % in 2013 to about 90 % in 2025 (the plan's target 3.5
 * is 85 %).
 */
function treatedShare(random: Random, year: number, setting: FacilitySetting): number {
  const mean = Math.min(0.97, 0.7 + 0.19 * progress(year) + SHARE_SHIFT[setting]);
  const none = 0.06 - 0.05 * progress(year);
  // a partial share averages 0.6, so the mean fixes how many hand over everything
  const all = Math.min(1 - none, Math.max(0, (mean - 0.6 * (1 - none)) / 0.4));
  const roll = random.next();
  if (roll < none) return 0;
  if (roll < none + all) return 1;
  return random.float(0.25, 0.95);
}

interface ReportYear {
  period: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** day numbers of the submission windows of the next year: January, February, March */
  windows: readonly (readonly [from: number, to: number])[];
}

/** The strings and windows of each report year, built once: tens of thousands of reports share them. */
const reportYears = new Map<number, ReportYear>();
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const next = year + 1;
  reportYears.set(year, {
    period: String(year),
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    windows: [
      [dayNumber(`${next}-01-05`), dayNumber(`${next}-01-31`)],
      [dayNumber(`${next}-02-01`), dayNumber(`${next}-02-28`)],
      [dayNumber(`${next}-03-01`), dayNumber(`${next}-03-31`)],
    ],
  });
}

function submissionDate(random: Random, year: ReportYear): IsoDate {
  const roll = random.next();
  // due by the end of January; some are late
  const [from, to] = year.windows[roll < 0.75 ? 0 : roll < 0.93 ? 1 : 2] ?? [0, 0];
  return dateOfDay(random.int(from, to));
}

/**
 * Yearly reports 2013–2025 from the year after each registration: not every
 * year is submitted (standalone workshops skip more), the waste generated
 * varies ±30 % around the declared streams, and the licensed unit changes
 * now and then.
 */
export function hazardousWasteReports(
  root: number,
  random: Random,
  handlers: WeightedTable<string>,
  generators: readonly ReportingGenerator[],
): SeedHazardousWasteReport[] {
  const reports: SeedHazardousWasteReport[] = [];
  const ids = new IdSequence(root, 'hazardous-waste-report');
  for (const { registration, facility, expectedKg } of generators) {
    const firstYear = Math.max(FIRST_YEAR, Number(registration.issuedOn.slice(0, 4)) + 1);
    const gone = facility.status === 'CLOSED' || facility.status === 'RELOCATED';
    let lastYear = LAST_YEAR;
    if (gone) lastYear = random.int(Math.min(LAST_YEAR_GONE, firstYear), LAST_YEAR_GONE);
    else if (facility.status === 'SUSPENDED' && random.chance(0.6)) lastYear -= random.int(1, 2);
    let handler = handlers.pick(random);
    for (let year = firstYear; year <= lastYear; year++) {
      const reportYear = reportYears.get(year);
      if (!reportYear) continue;
      if (random.chance(0.12)) handler = handlers.pick(random);
      const submitShare = 0.62 + 0.3 * progress(year) - SUBMISSION_PENALTY[facility.setting];
      if (!random.chance(submitShare)) continue;
      const generatedKg = Math.max(1, Math.round(expectedKg * random.float(0.7, 1.3)));
      const treatedKg = Math.round(generatedKg * treatedShare(random, year, facility.setting));
      reports.push({
        id: ids.next(),
        registrationId: registration.id,
        period: reportYear.period,
        periodStart: reportYear.periodStart,
        periodEnd: reportYear.periodEnd,
        generatedKg,
        treatedKg,
        licensedUnit: treatedKg > 0 ? handler : null,
        submittedOn: submissionDate(random, reportYear),
      });
    }
  }
  return reports;
}
