import type { LimitPeriod } from './LimitPeriod';

/** A reading over its limit: the limit it crossed and by what factor. */
export interface Verdict {
  limit: number;
  /** value ÷ limit above a maximum; limit ÷ value below a minimum (pH) */
  factor: number;
}

/** pH at or below zero is an instrument fault sent as a measurement; its factor is taken at pH 0.01. */
const SMALLEST_VALUE = 0.01;

/**
 * Judges one reading against the limit that applied. Values are stored as
 * single-precision floats; the comparison is made in single precision too,
 * as the database makes it, so that the ingestion's count and the
 * exceedances read back agree on a reading equal to its limit. Only readings
 * measured normally (status 00) may be judged: the caller leaves the others
 * out (Thông tư 10/2021/TT-BTNMT).
 */
export function judgeReading(period: LimitPeriod, value: number): Verdict | null {
  const v = Math.fround(value);
  if (v > Math.fround(period.max)) return { limit: period.max, factor: tidy(value / period.max) };
  if (period.min !== null && v < Math.fround(period.min)) {
    return { limit: period.min, factor: tidy(period.min / Math.max(value, SMALLEST_VALUE)) };
  }
  return null;
}

function tidy(value: number): number {
  return Math.round(value * 1000) / 1000;
}
