const HANOI_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The last answer for the present, and the UTC minute it holds for. */
let current = { minute: Number.NaN, day: '' };

/**
 * Today's date in Hanoi (`YYYY-MM-DD`). "Not in the future" and "expired"
 * are judged by the officer's calendar: at 06:00 in Hanoi it is still
 * yesterday in UTC.
 */
export function todayInHanoi(now?: Date): string {
  if (now) return HANOI_DAY.format(now);
  // Asked once per row of a list (an approval's status); formatting a date in a time zone is
  // slow. Hanoi's offset is whole hours, so its date cannot change within a UTC minute.
  const minute = Math.floor(Date.now() / 60_000);
  if (minute !== current.minute) current = { minute, day: HANOI_DAY.format(minute * 60_000) };
  return current.day;
}
