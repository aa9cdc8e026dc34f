import { FileRefusal } from './FileRefusal';
import { parseVietnamTimestamp } from './parseVietnamTimestamp';

/** One line of a data file, as written: the parameter's code upper-cased, the time as an instant. */
export interface MonitoringLine {
  /** counted from 1, as an editor shows it */
  line: number;
  parameter: string;
  value: number;
  unit: string;
  measuredAt: Date;
  /** 0 measuring, 1 calibrating, 2 device error */
  status: 0 | 1 | 2;
}

const DECIMAL = /^[-+]?\d+(\.\d+)?$/;
/** readings are stored in single precision, which ends near 3.4 × 10³⁸ */
const LARGEST_VALUE = 1e30;
const STATUS = /^0?[012]$/;
/**
 * A datalogger's clock may run a little fast, but a file reports a cycle
 * already measured (every 5 minutes, Thông tư 10/2021/TT-BTNMT): a reading
 * more than one cycle ahead of the hub's clock is a wrong clock or a forgery.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The lines of a data file (Thông tư 10/2021/TT-BTNMT):
 * `<parameter> <value> <unit> <yyyyMMddHHmmss> <status>`, separated by tabs
 * or spaces, with LF or CRLF line ends, a final newline or none; blank lines
 * are skipped. A unit may be empty (pH) or hold a space.
 *
 * @throws FileRefusal naming the first line that is not of that form
 */
export function parseMonitoringLines(content: string, now = new Date()): MonitoringLine[] {
  const lines: MonitoringLine[] = [];
  const physical = content.split(/\r?\n/);
  // a file is one instant: its lines repeat one time, parsed once
  let lastTime = '';
  let lastAt: Date | null = null;
  for (const [index, raw] of physical.entries()) {
    const number = index + 1;
    const text = raw.trim();
    if (text === '') continue;
    const fields = text.split(/[\t ]+/);
    if (fields.length < 4) {
      throw FileRefusal.atLine(
        number,
        `cần 5 trường <thông số> <giá trị> <đơn vị> <thời gian> <trạng thái>, có ${fields.length}`,
        `expected 5 fields <parameter> <value> <unit> <yyyyMMddHHmmss> <status>, found ${fields.length}`,
      );
    }
    const [parameter = '', value = ''] = fields;
    const time = fields[fields.length - 2] ?? '';
    const status = fields[fields.length - 1] ?? '';
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(parameter)) {
      throw FileRefusal.atLine(
        number,
        `mã thông số "${parameter}" không hợp lệ`,
        `parameter code "${parameter}" is not valid`,
      );
    }
    if (!DECIMAL.test(value) || Math.abs(Number(value)) >= LARGEST_VALUE) {
      throw FileRefusal.atLine(
        number,
        `giá trị "${value}" không phải số thập phân (dấu chấm)`,
        `value "${value}" is not a decimal number with '.' as separator`,
      );
    }
    if (time !== lastTime) {
      lastTime = time;
      lastAt = parseVietnamTimestamp(time);
    }
    const measuredAt = lastAt;
    if (!measuredAt) {
      throw FileRefusal.atLine(
        number,
        `thời gian "${time}" không phải yyyyMMddHHmmss`,
        `time "${time}" is not a valid yyyyMMddHHmmss`,
      );
    }
    if (measuredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw FileRefusal.atLine(
        number,
        `thời gian ${time} ở tương lai (quá 5 phút so với đồng hồ của hệ thống)`,
        `time ${time} is in the future (more than 5 minutes ahead of the hub's clock)`,
      );
    }
    if (!STATUS.test(status)) {
      throw FileRefusal.atLine(
        number,
        `trạng thái "${status}" phải là 00, 01 hoặc 02`,
        `status "${status}" must be 00, 01 or 02`,
      );
    }
    lines.push({
      line: number,
      parameter: parameter.toUpperCase(),
      value: Number(value),
      unit: fields.slice(2, -2).join(' '),
      measuredAt,
      status: Number(status) as 0 | 1 | 2,
    });
  }
  if (lines.length === 0) {
    throw new FileRefusal(
      'MALFORMED',
      'content',
      { vi: 'Tệp không có dòng dữ liệu nào', en: 'the file holds no reading' },
      null,
    );
  }
  return lines;
}
