/** A part of the bench that did not run, and why (`--skip peer`, `planReport not in the supergraph`). */
export interface NotMeasured {
  notMeasured: string;
}

export function isMeasured<T extends object>(part: T | NotMeasured): part is T {
  return !('notMeasured' in part);
}
