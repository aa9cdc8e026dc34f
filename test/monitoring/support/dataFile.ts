/** `yyyyMMddHHmmss` of a Vietnam time written `2025-06-02 10:05`. */
function stamp(vietnamTime: string): string {
  return `${vietnamTime.replace(/[- :]/g, '')}00`;
}

/** A Vietnam time written `2025-06-02 10:05` as a DateTime argument. */
export function vietnam(vietnamTime: string): string {
  return `${vietnamTime.replace(' ', 'T')}:00+07:00`;
}

/** The same instant as the API returns it, in UTC. */
export function utc(vietnamTime: string): string {
  return new Date(vietnam(vietnamTime)).toISOString();
}

/** One line: parameter, value as written, unit, status (default 00). */
export type Line = [parameter: string, value: string, unit: string, status?: string];

/**
 * A station's data file for one cycle, as a datalogger writes it
 * (Thông tư 10/2021/TT-BTNMT): `HN_<code>_<yyyyMMddHHmmss>.txt`, one
 * tab-separated line per parameter stamped with the cycle's time.
 */
export function dataFile(
  stationCode: string,
  vietnamTime: string,
  lines: readonly Line[],
): { fileName: string; content: string } {
  const time = stamp(vietnamTime);
  return {
    fileName: `HN_${stationCode}_${time}.txt`,
    content: lines
      .map(([parameter, value, unit, status = '00']) =>
        [parameter, value, unit, time, status].join('\t'),
      )
      .join('\n')
      .concat('\n'),
  };
}
