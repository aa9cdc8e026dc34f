import { violationArticles, wastewaterArticles } from './data/violationArticles';
import { violationDescriptions } from './data/violationDescriptions';
import { wastewaterParameters, wastewaterParameterWeights } from './data/wastewaterParameters';
import type { Random } from './random';
import type { IsoDate, ViolationCategory } from './types';
import { WeightedTable } from './weightedTable';

/** Nghị định 45/2022/NĐ-CP took effect on this day, replacing 155/2016. */
const ND45_IN_FORCE: IsoDate = '2022-08-25';
const ND45 = 'Nghị định 45/2022/NĐ-CP';
const ND155 = 'Nghị định 155/2016/NĐ-CP';

const emissionParameters = new WeightedTable([
  ['Bụi', 40],
  ['SO2', 20],
  ['NOx', 15],
  ['CO', 10],
  ['HF', 5],
  ['NH3', 4],
  ['H2S', 3],
] as const);

export interface ViolationDetails {
  legalBasis: string;
  description: string;
  parameter: string | null;
  exceedanceFactor: number | null;
}

const parameterTables = new Map<string, WeightedTable<string>>();

function parameterTable(sectorCode: string): WeightedTable<string> {
  let table = parameterTables.get(sectorCode);
  if (!table) {
    table = new WeightedTable(Object.entries(wastewaterParameterWeights(sectorCode)));
    parameterTables.set(sectorCode, table);
  }
  return table;
}

/** Vietnamese decimal comma, written out so output does not depend on the ICU build. */
function decimalComma(value: number): string {
  return String(value).replace('.', ',');
}

/** Clause by how many times the limit was exceeded: higher multiples, higher bands. */
function clauseForFactor(factor: number): number {
  if (factor < 1.5) return 2;
  if (factor < 3) return 3;
  if (factor < 5) return 4;
  if (factor < 10) return 5;
  return 6;
}

/** Mostly small exceedances, a long tail up to ten times the limit. */
function drawFactor(random: Random, max: number): number {
  return Math.round((1.1 + (max - 1.1) * random.next() ** 2.5) * 10) / 10;
}

/**
 * What an inspection report records for a finding: the decree in force on
 * the day it was detected, the wording of its time and, for exceedances, the
 * parameter and how many times the limit it reached.
 */
export function describeViolation(
  random: Random,
  category: ViolationCategory,
  detectedOn: IsoDate,
  sectorCode: string,
  dischargeM3PerDay: number | null,
): ViolationDetails {
  const recent = detectedOn >= ND45_IN_FORCE;
  const decree = recent ? ND45 : ND155;
  if (category === 'WASTEWATER_EXCEEDANCE') {
    const code = parameterTable(sectorCode).pick(random);
    const parameter = wastewaterParameters.get(code);
    const factor = drawFactor(random, 10);
    const articles = recent ? wastewaterArticles.nd45 : wastewaterArticles.nd155;
    const article = parameter?.hazardous ? articles.hazardous : articles.common;
    const flow =
      dischargeM3PerDay === null ? '' : `, lưu lượng xả khoảng ${dischargeM3PerDay} m³/ngày đêm`;
    return {
      legalBasis: `${decree}, Điều ${article}, khoản ${clauseForFactor(factor)}`,
      description: `Xả nước thải vượt quy chuẩn kỹ thuật (QCVN 40:2011/BTNMT, cột B): thông số ${parameter?.nameVi ?? code} vượt ${decimalComma(factor)} lần${flow}`,
      parameter: code,
      exceedanceFactor: factor,
    };
  }
  const articles = violationArticles[category];
  const article = recent ? articles.nd45 : articles.nd155;
  if (category === 'EMISSION_EXCEEDANCE') {
    const parameter = emissionParameters.pick(random);
    const factor = drawFactor(random, 5);
    return {
      legalBasis: `${decree}, Điều ${article}, khoản ${clauseForFactor(factor)}`,
      description: `Thải bụi, khí thải vượt quy chuẩn kỹ thuật (QCVN 19:2009/BTNMT): thông số ${parameter} vượt ${decimalComma(factor)} lần`,
      parameter,
      exceedanceFactor: factor,
    };
  }
  const texts = violationDescriptions[category];
  return {
    legalBasis: `${decree}, Điều ${article}, khoản ${random.int(1, 4)}`,
    description: random.pick(recent ? texts.after2022 : texts.before2022),
    parameter: null,
    exceedanceFactor: null,
  };
}
