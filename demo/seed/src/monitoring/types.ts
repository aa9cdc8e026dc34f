export type StationKind = 'WASTEWATER' | 'STACK_GAS';
export type QcvnColumn = 'A' | 'B';
export type ReceivingWaterKind =
  | 'RIVER'
  | 'LAKE'
  | 'COASTAL_PROTECTED'
  | 'COASTAL_OTHER'
  | 'URBAN_SEWER';

/** Nguồn tiếp nhận: what QCVN 40:2011 §2.3 fixes Kq and the column by. */
export interface SeedReceivingWater {
  kind: ReceivingWaterKind;
  name: string;
  /** a river's flow, m³/s; null: no flow data */
  flowM3PerS: number | null;
  /** a lake's volume, m³ */
  volumeM3: number | null;
}

/**
 * An automatic monitoring station (Nghị định 08/2022/NĐ-CP, Điều 97–98) at
 * one subject: a facility, or a zone's or cluster's central plant.
 */
export interface SeedMonitoringStation {
  id: string;
  /** `<FACILITY>_<STATION>` of its file names, e.g. SDBWWTP_NUOC01 */
  code: string;
  name: string;
  kind: StationKind;
  facilityId: string | null;
  zoneId: string | null;
  clusterId: string | null;
  /** a central plant's district; a facility's station follows its facility */
  adminUnitCode: string | null;
  /** codes of `monitoring_parameters`, e.g. COD */
  parameters: string[];
  /** wastewater only */
  qcvnColumn: QcvnColumn | null;
  receivingWater: SeedReceivingWater | null;
  /** F of QCVN 40:2011 §2.4, m³ per 24 h; wastewater only */
  dischargeM3PerDay: number | null;
}

/** Trạng thái (Thông tư 10/2021/TT-BTNMT): 0 measuring, 1 calibrating, 2 device error. */
export type ReadingStatus = 0 | 1 | 2;

/** One line of a data file: one parameter's value over the cycle. */
export interface SimulatedLine {
  parameter: string;
  value: number;
  /** the value as the datalogger writes it, '.' as the decimal separator */
  text: string;
  unit: string;
  status: ReadingStatus;
}

/** One measuring cycle of one station: the file it sends and when that file arrives. */
export interface SimulatedCycle {
  station: SeedMonitoringStation;
  /** the cycle's time, which names the file and stamps every line */
  at: Date;
  lines: SimulatedLine[];
  /** when the file reaches the receiving system: `at`, or later for a late file */
  arrivesAt: Date;
  /** when the datalogger sends the same file again, if it does */
  resentAt: Date | null;
}
