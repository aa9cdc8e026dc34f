/** Vietnam is UTC+7 all year (no daylight saving). */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** `yyyyMMddHHmmss` in Vietnam time, as data files write times (Thông tư 10/2021/TT-BTNMT). */
export function vietnamTimestamp(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS)
    .toISOString()
    .slice(0, 19)
    .replace(/[-T:]/g, '');
}

/** The instant a Vietnamese day (`YYYY-MM-DD`) begins. */
export function vietnamMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS);
}
