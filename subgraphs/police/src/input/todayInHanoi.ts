const HANOI_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today's date where the officers are (Asia/Ho_Chi_Minh, UTC+7, no daylight
 * saving): a record made at 6 in the morning in Hanoi is dated that day,
 * though it is still yesterday in UTC.
 */
export function todayInHanoi(now: Date = new Date()): string {
  return new Date(now.getTime() + HANOI_OFFSET_MS).toISOString().slice(0, 10);
}
