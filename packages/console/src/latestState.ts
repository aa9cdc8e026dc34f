export interface LatestState {
  /** the last reading's time; null when none in the look-back window */
  lastReading: string | null;
  /** the silence reaching `at`, if the station is silent */
  silentMinutes: number | null;
}

/**
 * A station's latest state from its silences over the window and its
 * readings of the last hour: silent when the last silence reaches the end
 * of the window (the last reading is where it starts, unless it starts with
 * the window: nothing in it); live otherwise, its last reading the newest
 * of the hour.
 */
export function latestState(
  gaps: ReadonlyArray<{ from: string; to: string; minutes: number }>,
  lastHour: ReadonlyArray<{ measuredAt: string }>,
  since: Date,
  at: Date,
  now: number = Date.now(),
): LatestState {
  const last = gaps[gaps.length - 1];
  // the API ends a window at now: a moment still ahead is judged as of now
  const end = Math.min(at.getTime(), now);
  if (last && Math.abs(new Date(last.to).getTime() - end) < 60_000) {
    const fromStart = new Date(last.from).getTime() <= since.getTime();
    return { lastReading: fromStart ? null : last.from, silentMinutes: last.minutes };
  }
  const newest = lastHour.reduce<string | null>(
    (found, r) => (found === null || r.measuredAt > found ? r.measuredAt : found),
    null,
  );
  return { lastReading: newest, silentMinutes: null };
}
