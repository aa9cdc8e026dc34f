import type { IndicatorCode } from './indicators';

/** What an indicator's drill-down can list (docs/plan-report.md's `IndicatorSubject`). */
const SUBJECT_TYPE_NAMES = [
  'Facility',
  'IndustrialZone',
  'IndustrialCluster',
  'InvestmentProject',
  'ClusterInvestmentProject',
] as const;
export type SubjectType = (typeof SUBJECT_TYPE_NAMES)[number];

/**
 * One subject of an indicator as the agency that owns it judged it. The unit
 * and facility travel with it so that the subgraph assembling the report
 * can apply the caller's row scope to the drill-down.
 */
export interface ComputedItem {
  subjectType: SubjectType;
  subjectId: string;
  adminUnitCode: string;
  facilityId: string | null;
  /** public subjects (zones, clusters, published listings) are shown to everyone */
  public: boolean;
  meets: boolean;
  /** why it falls short, in English; null when it meets */
  reason: string | null;
  /** the same in Vietnamese, as the report to UBND Thành phố states it */
  reasonVi: string | null;
  /** what the item adds to the indicator: 1/1 or 0/1 for counts, kilograms for 3.5 */
  numerator: number;
  denominator: number;
}

/** An indicator's figures and drill-down as its owner computed them: the shape handed over through the query plan. */
export interface ComputedIndicator {
  code: IndicatorCode;
  numerator: number;
  denominator: number;
  items: ComputedItem[];
  /** why nothing of it falls due in the period (3.5 for a quarter without a report's end); absent when it is due */
  notDue?: Shortfall;
}

/** Why a subject falls short, in both languages the hub answers in. */
export interface Shortfall {
  vi: string;
  en: string;
}

/** A subject judged for a counting indicator: it adds one to the denominator, and one to the numerator when it meets. */
export function countedItem(
  subject: Omit<ComputedItem, 'meets' | 'reason' | 'reasonVi' | 'numerator' | 'denominator'>,
  shortfalls: readonly Shortfall[],
): ComputedItem {
  const meets = shortfalls.length === 0;
  // one literal of one shape: a report builds one per subject, tens of thousands at the city's scale
  return {
    subjectType: subject.subjectType,
    subjectId: subject.subjectId,
    adminUnitCode: subject.adminUnitCode,
    facilityId: subject.facilityId,
    public: subject.public,
    meets,
    reason: meets ? null : joined(shortfalls, 'en'),
    reasonVi: meets ? null : joined(shortfalls, 'vi'),
    numerator: meets ? 1 : 0,
    denominator: 1,
  };
}

function joined(shortfalls: readonly Shortfall[], language: keyof Shortfall): string {
  let text = shortfalls[0]?.[language] ?? '';
  for (let i = 1; i < shortfalls.length; i += 1) text += `; ${shortfalls[i]?.[language]}`;
  return text;
}

/** The indicator whose numbers are its items' sums: they always equal the drill-down. */
export function indicatorOf(code: IndicatorCode, items: ComputedItem[]): ComputedIndicator {
  let numerator = 0;
  let denominator = 0;
  for (const item of items) {
    numerator += item.numerator;
    denominator += item.denominator;
  }
  return { code, numerator, denominator, items };
}

const CODES = new Set<string>(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7']);
const SUBJECT_TYPES = new Set<string>(SUBJECT_TYPE_NAMES);

/** An indicator as it arrives from another subgraph (plain GraphQL strings). */
export interface ReceivedIndicator {
  code: string;
  numerator: number;
  denominator: number;
  items: ReadonlyArray<
    Omit<ComputedItem, 'subjectType' | 'facilityId' | 'reason' | 'reasonVi'> & {
      subjectType: string;
      facilityId?: string | null;
      reason?: string | null;
      reasonVi?: string | null;
    }
  >;
}

/**
 * Checks indicators another subgraph handed over before they are trusted:
 * known codes and subject types, and figures that are their items' sums.
 * A mismatch is a fault between agencies, not a user's error.
 */
export function receivedIndicators(received: readonly ReceivedIndicator[]): ComputedIndicator[] {
  return received.map((indicator) => {
    if (!CODES.has(indicator.code)) throw new Error(`unknown indicator ${indicator.code}`);
    const items = indicator.items.map((item) => {
      if (!SUBJECT_TYPES.has(item.subjectType)) {
        throw new Error(`unknown subject type ${item.subjectType} in indicator ${indicator.code}`);
      }
      return {
        ...item,
        subjectType: item.subjectType as SubjectType,
        facilityId: item.facilityId ?? null,
        reason: item.reason ?? null,
        reasonVi: item.reasonVi ?? null,
      };
    });
    const summed = indicatorOf(indicator.code as IndicatorCode, items);
    if (summed.numerator !== indicator.numerator || summed.denominator !== indicator.denominator) {
      throw new Error(`indicator ${indicator.code}: figures differ from its items`);
    }
    return summed;
  });
}

/**
 * An indicator over zones or clusters (3.1, 3.2): each place one public
 * item, judged by `shortfallsOf`.
 */
export function placeIndicator<P extends { id: string; adminUnitCode: string }>(
  code: IndicatorCode,
  subjectType: 'IndustrialZone' | 'IndustrialCluster',
  places: readonly P[],
  shortfallsOf: (place: P) => Shortfall[],
): ComputedIndicator {
  return indicatorOf(
    code,
    places.map((place) =>
      countedItem(
        {
          subjectType,
          subjectId: place.id,
          adminUnitCode: place.adminUnitCode,
          facilityId: null,
          public: true,
        },
        shortfallsOf(place),
      ),
    ),
  );
}
