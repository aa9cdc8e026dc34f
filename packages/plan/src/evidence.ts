import type { Shortfall } from './computedIndicator';
import type { PlanPeriod } from './period';
import { vietnameseDate } from './vietnameseDate';

/**
 * "On the evidence" (docs/plan-report.md): a plant or a facility meets the
 * standard in a period when the daily averages of its stations' normal
 * readings over the period's last 90 days stay within the limit in force,
 * and has automatic monitoring when data arrived on at least 80 % of those
 * days. The window and the judging live here so that the three agencies
 * that judge on evidence (HIZA 3.1, DOIT 3.2, DONRE 3.4) judge alike.
 */

/** Days of readings a period is judged on: its last 90. */
export const EVIDENCE_DAYS = 90;
/** The share of those days a station must have sent data on to count as automatic monitoring. */
export const TRANSMITTING_SHARE = 0.8;

/** The days a period is judged on, inclusive, as Vietnamese calendar days. */
export interface EvidenceWindow {
  /** first day, YYYY-MM-DD */
  start: string;
  /** last day, YYYY-MM-DD (inclusive) */
  end: string;
  days: number;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/**
 * The period's last 90 days; for the period in progress, the 90 days up to
 * `today` (a Vietnamese day); a period not yet begun has no window (null).
 */
export function evidenceWindow(period: PlanPeriod, today: string): EvidenceWindow | null {
  if (today < period.start) return null;
  const end = today < period.end ? today : period.end;
  const last = dayNumber(end);
  return { start: dayOf(last - EVIDENCE_DAYS + 1), end, days: EVIDENCE_DAYS };
}

/**
 * The part of the window a station is judged on: from the day it began
 * operating (its `operatingSince`), when that falls inside the window; null
 * when it began after the window ended — a station not yet operating is no
 * evidence of the period, neither for nor against.
 */
export function stationWindow(
  window: EvidenceWindow,
  operatingSince: string,
): EvidenceWindow | null {
  if (operatingSince > window.end) return null;
  if (operatingSince <= window.start) return window;
  return {
    start: operatingSince,
    end: window.end,
    days: dayNumber(window.end) - dayNumber(operatingSince) + 1,
  };
}

/** Today as a Vietnamese calendar day (UTC+7). */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** One parameter of a station whose daily average went over its limit on some days of the window. */
export interface ParameterExceedance {
  parameter: string;
  /** the largest daily average ÷ limit (limit ÷ average under a minimum) */
  worstFactor: number;
  /** the days whose average was outside the limit */
  days: number;
}

/** What a station's readings say over a window: DONRE's evidence, handed to whoever judges. */
export interface StationEvidence {
  stationCode: string;
  kind: 'WASTEWATER' | 'STACK_GAS';
  windowStart: string;
  windowEnd: string;
  days: number;
  /** days on which the station sent any reading */
  daysWithData: number;
  exceedances: ParameterExceedance[];
}

const factorText = (factor: number) => String(Math.round(factor * 100) / 100);

/**
 * Why the stations' readings do not meet the standard: per station, each
 * parameter over its limit, its worst factor and on how many days. Empty
 * when every station's daily averages stayed within the limits.
 */
export function standardShortfalls(stations: readonly StationEvidence[]): Shortfall[] {
  const shortfalls: Shortfall[] = [];
  for (const station of stations) {
    for (const e of station.exceedances) {
      const window = `${vietnameseDate(station.windowStart)}–${vietnameseDate(station.windowEnd)}`;
      shortfalls.push({
        vi: `${e.parameter} tại trạm ${station.stationCode} vượt quy chuẩn ${e.days} ngày (trung bình ngày cao nhất gấp ${factorText(e.worstFactor)} lần giới hạn, ${window})`,
        en: `${e.parameter} at ${station.stationCode} over its limit on ${e.days} days (worst daily average ${factorText(e.worstFactor)}× the limit, ${station.windowStart} to ${station.windowEnd})`,
      });
    }
  }
  return shortfalls;
}

/**
 * Why a subject has no automatic monitoring that transmits: no station, or
 * a station that sent data on fewer than 80 % of the window's days.
 */
export function transmittingShortfalls(
  stations: readonly StationEvidence[],
  window: EvidenceWindow | null,
  subject: { vi: string; en: string },
): Shortfall[] {
  if (window === null) {
    return [
      {
        vi: `kỳ báo cáo chưa bắt đầu: chưa có số liệu quan trắc của ${subject.vi}`,
        en: `the period has not begun: no monitoring data of ${subject.en} yet`,
      },
    ];
  }
  if (stations.length === 0) {
    return [
      {
        vi: `${subject.vi} chưa có trạm quan trắc tự động`,
        en: `${subject.en} has no automatic monitoring station`,
      },
    ];
  }
  return stations.flatMap((station) => {
    if (station.daysWithData >= TRANSMITTING_SHARE * station.days) return [];
    const missing = station.days - station.daysWithData;
    return [
      {
        vi: `trạm ${station.stationCode} không truyền số liệu ${missing}/${station.days} ngày (${vietnameseDate(station.windowStart)}–${vietnameseDate(station.windowEnd)})`,
        en: `station ${station.stationCode} sent no data on ${missing} of ${station.days} days (${station.windowStart} to ${station.windowEnd})`,
      },
    ];
  });
}
