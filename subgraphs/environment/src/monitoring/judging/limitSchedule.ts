import { VIETNAM_OFFSET_MS } from '../files/parseVietnamTimestamp';
import type { LimitPeriod } from './LimitPeriod';
import type { Regulation } from './Regulation';

/** What of a station fixes its limits. */
export interface JudgedStation {
  kind: 'WASTEWATER' | 'STACK_GAS';
  qcvnColumn: 'A' | 'B' | null;
  kq: number | null;
  kf: number | null;
  parameterIds: readonly number[];
}

/** 0.9 × 1.1 is 0.9900000000000001 in binary: a limit keeps six significant digits. */
function tidy(value: number): number {
  return Number(value.toPrecision(6));
}

/**
 * The limits a station's parameters had, period by period: each regulation
 * of the station's kind applies from its effective day (Vietnam time) until
 * the next one's, so a reading is judged by the regulation in force when it
 * was measured. QCVN 40:2011 §2.3: Cmax = C × Kq × Kf for the parameters it
 * scales, C for the others (temperature, colour, pH, coliform, α, β).
 */
export function limitSchedule(
  station: JudgedStation,
  regulations: readonly Regulation[],
): LimitPeriod[] {
  if (!station.qcvnColumn) return [];
  const inForce = regulations
    .filter((r) => r.stationKind === station.kind)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const measured = new Set(station.parameterIds);
  const periods: LimitPeriod[] = [];
  for (const [index, regulation] of inForce.entries()) {
    const next = inForce[index + 1];
    const from = vietnamDayStart(regulation.effectiveFrom);
    const to = next ? vietnamDayStart(next.effectiveFrom) : null;
    for (const limit of regulation.limits) {
      if (limit.qcvnColumn !== station.qcvnColumn || !measured.has(limit.parameterId)) continue;
      const coefficient = limit.scaled ? tidy((station.kq ?? 1) * (station.kf ?? 1)) : 1;
      periods.push({
        parameterId: limit.parameterId,
        regulation: regulation.code,
        from,
        to,
        kind: limit.kind,
        baseMin: limit.minValue,
        baseMax: limit.maxValue,
        coefficient,
        // QCVN 40:2011 §2.3 scales maxima; a range (pH) is never scaled
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
