const HANOI_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's date in Hanoi (`YYYY-MM-DD`). "Not in the future" and "expired"
 * are judged by the officer's calendar: at 06:00 in Hanoi it is still
 * yesterday in UTC.
 */
export function todayInHanoi(now = new Date()): string {
  return HANOI_DAY.format(now);
}
