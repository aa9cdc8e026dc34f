import type { DataloggerStyle } from './dataloggerStyle';
import type { SimulatedCycle } from './types';
import { vietnamTimestamp } from './vietnamTimestamp';

/** Hanoi's province code in file names. */
export const PROVINCE = 'HN';

/** `<PROVINCE>_<FACILITY>_<STATION>_<yyyyMMddHHmmss>.txt`, the time in Vietnam time. */
export function monitoringFileName(stationCode: string, at: Date): string {
  return `${PROVINCE}_${stationCode}_${vietnamTimestamp(at)}.txt`;
}

/**
 * A cycle's data file (Thông tư 10/2021/TT-BTNMT): one line per parameter,
 * `<parameter> <value> <unit> <yyyyMMddHHmmss> <status>`.
 */
export function monitoringFileContent(cycle: SimulatedCycle, style: DataloggerStyle): string {
  const time = vietnamTimestamp(cycle.at);
  const lines = cycle.lines.map((line) =>
    [line.parameter, line.text, line.unit, time, String(line.status).padStart(2, '0')].join(
      style.separator,
    ),
  );
  return lines.join(style.lineEnd) + (style.finalNewline ? style.lineEnd : '');
}

/** The drop folder a file lands in: `yyyy/MM/dd` of the Vietnamese day it arrives. */
export function arrivalFolder(arrivesAt: Date): string {
  const stamp = vietnamTimestamp(arrivesAt);
  return `${stamp.slice(0, 4)}/${stamp.slice(4, 6)}/${stamp.slice(6, 8)}`;
}
