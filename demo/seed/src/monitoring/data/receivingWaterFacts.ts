import type { QcvnColumn, ReceivingWaterKind } from '../types';

/** What the demo knows of a receiving water: enough to fix Kq and the column. */
export interface ReceivingWaterFacts {
  kind: ReceivingWaterKind;
  flowM3PerS: number | null;
  volumeM3: number | null;
  /** column A where the water is a source of domestic supply (QCVN 40:2011 §2.1) */
  column: QcvnColumn;
}

/**
 * The rivers, canals and lakes of `environment/data/receivingWaters.ts`.
 * The sông Đuống feeds the sông Đuống surface-water plant (in service since
 * 2019), so discharges into it are judged by column A. Flows and volumes are
 * demo figures of the right order, not measurements; the inner-city drains
 * and small canals have no flow data (Kq 0.9 then).
 */
const facts: Readonly<Record<string, ReceivingWaterFacts>> = {
  'sông Đuống': { kind: 'RIVER', flowM3PerS: 280, volumeM3: null, column: 'A' },
  'sông Đáy': { kind: 'RIVER', flowM3PerS: 110, volumeM3: null, column: 'B' },
  'sông Cà Lồ': { kind: 'RIVER', flowM3PerS: 28, volumeM3: null, column: 'B' },
  'sông Nhuệ': { kind: 'RIVER', flowM3PerS: 30, volumeM3: null, column: 'B' },
  'sông Công': { kind: 'RIVER', flowM3PerS: 25, volumeM3: null, column: 'B' },
  'sông Tích': { kind: 'RIVER', flowM3PerS: 12, volumeM3: null, column: 'B' },
  'sông Bùi': { kind: 'RIVER', flowM3PerS: 9, volumeM3: null, column: 'B' },
  'hồ Yên Sở': { kind: 'LAKE', flowM3PerS: null, volumeM3: 2_500_000, column: 'B' },
};

/** The facts of a receiving water by its name; a river without flow data when the demo has none. */
export function receivingWaterFacts(name: string): ReceivingWaterFacts {
  return facts[name] ?? { kind: 'RIVER', flowM3PerS: null, volumeM3: null, column: 'B' };
}
