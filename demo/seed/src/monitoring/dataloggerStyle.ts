import { deriveSeed } from '../deriveSeed';
import { Random } from '../random';

/**
 * How a station's datalogger lays out its files. Makes differ within what
 * the format allows: spaces instead of tabs, CRLF line ends, a final newline
 * or none.
 */
export interface DataloggerStyle {
  separator: '\t' | ' ';
  lineEnd: '\n' | '\r\n';
  finalNewline: boolean;
}

export function dataloggerStyle(stationCode: string, seed: number): DataloggerStyle {
  const random = new Random(deriveSeed(seed, `datalogger:${stationCode}`));
  return {
    separator: random.chance(0.2) ? ' ' : '\t',
    lineEnd: random.chance(0.3) ? '\r\n' : '\n',
    finalNewline: random.chance(0.85),
  };
}
