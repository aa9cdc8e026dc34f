import { inScope, type RecordScope, type RowScope } from './rowScope';

/**
 * Splits facts a feeder field hands another subgraph (the plan report's
 * `@inaccessible` fields) by the caller's row scope: `visible`, what the
 * caller may read — the same rule as the lists (the public: published or
 * public rows only) — and `hidden`, the rest, which leaves only sealed.
 */
export function splitByScope<T>(
  scope: RowScope,
  rows: readonly T[],
  placeOf: (row: T) => RecordScope & { public?: boolean | null },
): { visible: T[]; hidden: T[] } {
  const visible: T[] = [];
  const hidden: T[] = [];
  for (const row of rows) {
    const place = placeOf(row);
    (place.public || inScope(scope, place) ? visible : hidden).push(row);
  }
  return { visible, hidden };
}
