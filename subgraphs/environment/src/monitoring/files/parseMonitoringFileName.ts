import { FileRefusal } from './FileRefusal';
import { parseVietnamTimestamp } from './parseVietnamTimestamp';

export interface MonitoringFileName {
  province: string;
  /** `<FACILITY>_<STATION>`, the station's code */
  stationCode: string;
  /** the time in the name, the cycle the file reports */
  sentAt: Date;
}

const NAME = /^([A-Za-z]{2,3})_([A-Za-z0-9]+_[A-Za-z0-9]+)_(\d{14})\.txt$/i;

/**
 * `<PROVINCE>_<FACILITY>_<STATION>_<yyyyMMddHHmmss>.txt` (Thông tư
 * 10/2021/TT-BTNMT), e.g. HN_SDBWWTP_NUOC01_20250314103500.txt.
 *
 * @throws FileRefusal naming `fileName` when the name is not of that form
 */
export function parseMonitoringFileName(fileName: string): MonitoringFileName {
  const match = NAME.exec(fileName);
  const sentAt = match ? parseVietnamTimestamp(match[3] ?? '') : null;
  if (!match || !sentAt) {
    throw new FileRefusal('MALFORMED', 'fileName', {
      vi: `Tên tệp "${fileName}" không theo mẫu <TỈNH>_<CƠSỞ>_<TRẠM>_<yyyyMMddHHmmss>.txt`,
      en: `file name "${fileName}" is not <PROVINCE>_<FACILITY>_<STATION>_<yyyyMMddHHmmss>.txt`,
    });
  }
  return {
    province: (match[1] ?? '').toUpperCase(),
    stationCode: (match[2] ?? '').toUpperCase(),
    sentAt,
  };
}
