/** Vietnam is UTC+7 all year, with no daylight saving. */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * A `yyyyMMddHHmmss` time of a data file, which is Vietnam time (Thông tư
 * 10/2021/TT-BTNMT), as the instant it names; null when it is not such a
 * time or names one that does not exist (a 30 February, a 25th hour).
 */
export function parseVietnamTimestamp(text: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (h > 23 || mi > 59 || s > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    return null;
  }
  return new Date(utc - VIETNAM_OFFSET_MS);
}
