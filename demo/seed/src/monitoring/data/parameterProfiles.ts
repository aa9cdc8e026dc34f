import type { QcvnColumn } from '../types';

/**
 * How a parameter behaves in a treated effluent or a stack, for the
 * simulator: a level around which it follows the working day, its noise, and
 * where an excursion takes it. Wastewater levels are aimed at the QCVN
 * 40:2011 value C of the station's column (copied here only to aim the
 * simulation; the hub judges by its own regulation rows): normal operation
 * sits at a third of C, an excursion at 1.5–2.4 × C, beyond any Kq × Kf
 * (at most 1.2 × 1.2), so that it is over the limit whatever the station's
 * coefficients.
 */
export interface ParameterProfile {
  code: string;
  /** as the datalogger writes it */
  unit: string;
  decimals: number;
  /** the level in normal operation */
  level: (column: QcvnColumn | null) => number;
  /** swing over the working day: relative to the level, or in units when `absoluteSwing` */
  swing: number;
  absoluteSwing?: boolean;
  /** standard deviation of the noise, relative to the level (absolute with `absoluteSwing`) */
  noise: number;
  /** a value during an excursion, or null when the parameter has none */
  excursion: ((column: QcvnColumn | null, draw: () => number) => number) | null;
  /** the value of the standard the analyser is calibrated with */
  calibrationValue: number;
  /** a value the device writes with status 02 */
  errorValue: number;
  /** whether the analyser is calibrated on site (a thermometer is not) */
  calibrates: boolean;
}

const C: Readonly<Record<string, { A: number; B: number }>> = {
  COD: { A: 75, B: 150 },
  TSS: { A: 50, B: 100 },
  NH4: { A: 5, B: 10 },
  COLOR: { A: 50, B: 150 },
  TN: { A: 20, B: 40 },
  TP: { A: 4, B: 6 },
};

function limitC(code: string, column: QcvnColumn | null): number {
  const limits = C[code];
  if (!limits) throw new RangeError(`no column values for ${code}`);
  return limits[column ?? 'B'];
}

/** A wastewater parameter with a maximum: a third of C normally, 1.5–2.4 × C in an excursion. */
function maximum(code: string, decimals: number, calibrationValue: number): ParameterProfile {
  return {
    code,
    unit: 'mg/L',
    decimals,
    level: (column) => limitC(code, column) * 0.33,
    swing: 0.25,
    noise: 0.06,
    excursion: (column, draw) => limitC(code, column) * (1.5 + 0.9 * draw()),
    calibrationValue,
    errorValue: 0,
    calibrates: true,
  };
}

const profiles: readonly ParameterProfile[] = [
  {
    code: 'TEMP',
    unit: '°C',
    decimals: 1,
    level: () => 29,
    swing: 2,
    absoluteSwing: true,
    noise: 0.3,
    excursion: null,
    calibrationValue: 25,
    errorValue: 0,
    calibrates: false,
  },
  {
    code: 'PH',
    unit: 'pH',
    decimals: 2,
    level: () => 7.2,
    swing: 0.25,
    absoluteSwing: true,
    noise: 0.06,
    // an acid or alkaline slug: QCVN 40:2011 allows 5.5–9 (B), 6–9 (A)
    excursion: (_column, draw) => (draw() < 0.5 ? 4.4 + 0.8 * draw() : 9.4 + 0.9 * draw()),
    calibrationValue: 7,
    errorValue: 0,
    calibrates: true,
  },
  maximum('COD', 1, 100),
  maximum('TSS', 1, 50),
  maximum('NH4', 2, 10),
  { ...maximum('COLOR', 0, 100), unit: 'Pt-Co' },
  maximum('TN', 2, 20),
  maximum('TP', 2, 4),
  // stack gas (QCVN 19:2009/BTNMT), mg/Nm³ at reference conditions
  stack('DUST', 42, 3, 0),
  stack('SO2', 180, 2.2, 0),
  stack('NOX', 260, 2, 0),
  stack('CO', 120, 4, 0),
  {
    code: 'O2',
    unit: '%',
    decimals: 2,
    level: () => 11,
    swing: 1.2,
    absoluteSwing: true,
    noise: 0.25,
    excursion: null,
    calibrationValue: 20.9,
    errorValue: 0,
    calibrates: true,
  },
  {
    code: 'STACK_TEMP',
    unit: '°C',
    decimals: 1,
    level: () => 138,
    swing: 9,
    absoluteSwing: true,
    noise: 1.5,
    excursion: null,
    calibrationValue: 25,
    errorValue: 0,
    calibrates: false,
  },
];

function stack(
  code: string,
  level: number,
  excursionFactor: number,
  errorValue: number,
): ParameterProfile {
  return {
    code,
    unit: 'mg/Nm3',
    decimals: 1,
    level: () => level,
    swing: 0.2,
    noise: 0.08,
    excursion: (_column, draw) => level * excursionFactor * (1 + 0.5 * draw()),
    calibrationValue: 0,
    errorValue,
    calibrates: true,
  };
}

const byCode = new Map(profiles.map((p) => [p.code, p]));

/**
 * The profile of a parameter. A stack's temperature is measured as TEMP like
 * an effluent's, at a very different level: `kind` tells them apart.
 */
export function parameterProfile(code: string, stackGas = false): ParameterProfile {
  const profile = byCode.get(stackGas && code === 'TEMP' ? 'STACK_TEMP' : code);
  if (!profile) throw new RangeError(`the simulator has no profile for parameter ${code}`);
  return profile;
}
