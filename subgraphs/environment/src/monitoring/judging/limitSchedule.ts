import { VIETNAM_OFFSET_MS } from '../files/parseVietnamTimestamp';
import type { LimitPeriod } from './LimitPeriod';
import type { Regulation } from './Regulation';

/** What of a station fixes its limits. */
export interface JudgedStation {
  kind: 'WASTEWATER' | 'STACK_GAS';
  qcvnColumn: 'A' | 'B' | null;
  kq: number | null;
  kf: number | null;
  /** stack gas only (QCVN 19:2009 §2.3–2.4); null is taken as 1 */
  kp?: number | null;
  kv?: number | null;
  /** its facility's VSIC sector; null for a central plant */
  sectorCode?: string | null;
  parameterIds: readonly number[];
}

/** 0.9 × 1.1 is 0.9900000000000001 in binary: a limit keeps six significant digits. */
function tidy(value: number): number {
  return Number(value.toPrecision(6));
}

/** A stretch of days over which one regulation governed a station. */
export interface RegulationSpan {
  regulation: Regulation;
  /** first day, `YYYY-MM-DD` (Vietnam) */
  from: string;
  /** first day after, or null while it governs */
  to: string | null;
}

/**
 * Which regulation governed a station, day by day: among the regulations of
 * its kind in force on a day (from `effectiveFrom`, until `validTo`), the
 * standard of its facility's sector if one is in force (QCVN 12-MT:2015 for
 * paper, QCVN 13-MT:2015 for textile dyeing), else a general one; the latest
 * to come into force wins among either.
 */
export function regulationSpans(
  station: Pick<JudgedStation, 'kind' | 'sectorCode'>,
  regulations: readonly Regulation[],
): RegulationSpan[] {
  const ofKind = regulations.filter((r) => r.stationKind === station.kind);
  const days = [
    ...new Set(
      ofKind.flatMap((r) => (r.validTo ? [r.effectiveFrom, r.validTo] : [r.effectiveFrom])),
    ),
  ].sort();
  const spans: RegulationSpan[] = [];
  for (const day of days) {
    const governing = governingOn(ofKind, station.sectorCode ?? null, day);
    const last = spans.at(-1);
    if (last && last.to === null && last.regulation === governing) continue;
    if (last && last.to === null) last.to = day;
    if (governing) spans.push({ regulation: governing, from: day, to: null });
  }
  return spans;
}

function inForce(regulation: Regulation, day: string): boolean {
  return (
    regulation.effectiveFrom <= day && (regulation.validTo === null || day < regulation.validTo)
  );
}

function governingOn(
  regulations: readonly Regulation[],
  sectorCode: string | null,
  day: string,
): Regulation | undefined {
  const current = regulations.filter((r) => inForce(r, day));
  const sector = sectorCode === null ? [] : current.filter((r) => r.sectors.includes(sectorCode));
  const chosen = sector.length > 0 ? sector : current.filter((r) => r.sectors.length === 0);
  return chosen.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

/**
 * The limits a station's parameters had, period by period, under the
 * regulation that governed it then (see `regulationSpans`), so a reading is
 * judged by the regulation in force when it was measured.
 * - Wastewater (QCVN 40:2011 §2.3, QCVN 12-MT:2015 and 13-MT:2015 §2.1):
 *   Cmax = C × Kq × Kf for the parameters the regulation scales, C for the
 *   others (temperature, colour, pH, …), in the station's column.
 * - Stack gas (QCVN 19:2009 §2.1): Cmax = C × Kp × Kv for every parameter,
 *   in column B (column A ended on 31/12/2014) unless the station says A.
 */
export function limitSchedule(
  station: JudgedStation,
  regulations: readonly Regulation[],
): LimitPeriod[] {
  const column = station.qcvnColumn ?? (station.kind === 'STACK_GAS' ? 'B' : null);
  if (!column) return [];
  const factor =
    station.kind === 'STACK_GAS'
      ? tidy((station.kp ?? 1) * (station.kv ?? 1))
      : tidy((station.kq ?? 1) * (station.kf ?? 1));
  const measured = new Set(station.parameterIds);
  const periods: LimitPeriod[] = [];
  for (const span of regulationSpans(station, regulations)) {
    const from = vietnamDayStart(span.from);
    const to = span.to ? vietnamDayStart(span.to) : null;
    for (const limit of span.regulation.limits) {
      if (limit.qcvnColumn !== column || !measured.has(limit.parameterId)) continue;
      const coefficient = limit.scaled ? factor : 1;
      periods.push({
        parameterId: limit.parameterId,
        regulation: span.regulation.code,
        from,
        to,
        kind: limit.kind,
        baseMin: limit.minValue,
        baseMax: limit.maxValue,
        coefficient,
        // the regulations scale maxima; a range (pH) is never scaled
        min: limit.minValue === null ? null : limit.minValue,
        max: tidy(limit.maxValue * coefficient),
      });
    }
  }
  return periods;
}

function vietnamDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS);
}

/** The period that held at `at` for a parameter, if the station had a limit for it then. */
export function periodAt(
  schedule: readonly LimitPeriod[],
  parameterId: number,
  at: Date,
): LimitPeriod | undefined {
  const t = at.getTime();
  return schedule.find(
    (p) =>
      p.parameterId === parameterId &&
      p.from.getTime() <= t &&
      (p.to === null || t < p.to.getTime()),
  );
}
