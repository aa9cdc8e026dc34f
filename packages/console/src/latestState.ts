export interface LatestState {
  /** the last reading's time; null when none in the look-back window */
  lastReading: string | null;
  /** the silence reaching `at`, if the station is silent */
  silentMinutes: number | null;
}

/** Silent past an hour without a reading, as the hub's TRANSMISSION_GAP event says. */
const SILENCE_MS = 3_600_000;

/**
 * A station's latest state at `at` from its newest reading by then (the
 * API's `lastReadingAt`): silent when that is more than an hour before `at`
 * (or before now, for a moment still ahead), since that reading, or since
 * the window's start when it has none within the window.
 */
export function latestState(
  lastReadingAt: string | null,
  since: Date,
  at: Date,
  now: number = Date.now(),
): LatestState {
  const end = Math.min(at.getTime(), now);
  const lastReading =
    lastReadingAt !== null && Date.parse(lastReadingAt) > since.getTime() ? lastReadingAt : null;
  const silence = end - (lastReading === null ? since.getTime() : Date.parse(lastReading));
  return {
    lastReading,
    silentMinutes: silence > SILENCE_MS ? Math.round(silence / 60_000) : null,
  };
}
