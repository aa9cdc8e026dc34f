/**
 * Today's calendar date in Hanoi (Asia/Ho_Chi_Minh, UTC+7), `YYYY-MM-DD`:
 * what "not in the future" and "overdue" mean for an officer there, whatever
 * zone the server runs in.
 */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
