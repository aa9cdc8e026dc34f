/**
 * The limit one parameter of one station had over a period: the regulation
 * in force then, its value C (or range), and the limit that applied, C × Kq
 * × Kf where the regulation scales that parameter and C otherwise.
 */
export interface LimitPeriod {
  parameterId: number;
  regulation: string;
  /** from this instant (the regulation's first day, Vietnam time) … */
  from: Date;
  /** … until the next regulation of the station's kind came into force; null while in force */
  to: Date | null;
  kind: 'MAX' | 'RANGE';
  baseMin: number | null;
  baseMax: number;
  /** Kq × Kf, or 1 where the regulation does not scale the parameter */
  coefficient: number;
  /** the limit that applied: below it (pH) is an exceedance too */
  min: number | null;
  max: number;
}
