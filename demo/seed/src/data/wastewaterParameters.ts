/** QCVN 40:2011/BTNMT parameters a wastewater exceedance is written against. */
export interface WastewaterParameter {
  code: string;
  nameVi: string;
  /** hazardous parameters fall under a separate article of the sanctions decree */
  hazardous: boolean;
}

export const wastewaterParameters: ReadonlyMap<string, WastewaterParameter> = new Map(
  (
    [
      ['BOD5', 'BOD5 (20°C)', false],
      ['COD', 'COD', false],
      ['TSS', 'Chất rắn lơ lửng', false],
      ['COLOR', 'Màu', false],
      ['NH4', 'Amoni (tính theo N)', false],
      ['TN', 'Tổng nitơ', false],
      ['TP', 'Tổng phốt pho (tính theo P)', false],
      ['OIL', 'Tổng dầu mỡ khoáng', false],
      ['COLIFORM', 'Coliform', false],
      ['S2', 'Sunfua', false],
      ['F', 'Florua', false],
      ['CU', 'Đồng', true],
      ['ZN', 'Kẽm', true],
      ['NI', 'Niken', true],
      ['PB', 'Chì', true],
      ['CD', 'Cadimi', true],
      ['HG', 'Thuỷ ngân', true],
      ['CR6', 'Crom (VI)', true],
      ['CR3', 'Crom (III)', true],
      ['CN', 'Tổng xianua', true],
      ['PHENOL', 'Tổng phenol', true],
      ['OPP', 'Tổng hoá chất bảo vệ thực vật phốt pho hữu cơ', true],
    ] as const
  ).map(([code, nameVi, hazardous]) => [code, { code, nameVi, hazardous }]),
);

type Weights = Readonly<Record<string, number>>;

const organic: Weights = { COD: 30, BOD5: 22, TSS: 14, NH4: 14, TN: 6, TP: 5, COLIFORM: 6, OIL: 3 };
const textile: Weights = { COD: 30, COLOR: 22, TSS: 10, BOD5: 10, NH4: 5, S2: 3 };
const paper: Weights = { COD: 30, TSS: 25, BOD5: 15, COLOR: 8 };
const tanning: Weights = { CR3: 20, CR6: 6, COD: 20, S2: 10, NH4: 8, TSS: 6 };
const metal: Weights = { NI: 14, CR6: 14, ZN: 10, CU: 8, CN: 6, PB: 4, COD: 8, TSS: 8, OIL: 6 };
const battery: Weights = { PB: 30, CD: 5, ZN: 6, TSS: 8, COD: 6 };
const electronics: Weights = { CU: 10, NI: 6, PB: 4, F: 5, COD: 10, TSS: 8, NH4: 4 };
const chemical: Weights = { COD: 20, NH4: 12, TN: 8, PHENOL: 3, TSS: 8, BOD5: 8 };
const agrochemical: Weights = { COD: 15, NH4: 10, TN: 10, OPP: 6, PHENOL: 3 };
const waste: Weights = {
  COD: 15,
  NH4: 15,
  TSS: 10,
  PB: 5,
  CD: 3,
  HG: 2,
  CU: 4,
  ZN: 4,
  COLIFORM: 4,
};
const general: Weights = { COD: 20, TSS: 15, OIL: 12, NH4: 8, BOD5: 8 };

const bySector: Readonly<Record<string, Weights>> = {
  '1311': textile,
  '1312': textile,
  '1313': textile,
  '1511': tanning,
  '1701': paper,
  '1702': paper,
  '2011': chemical,
  '2012': chemical,
  '2021': agrochemical,
  '2022': chemical,
  '2023': chemical,
  '2100': chemical,
  '2410': metal,
  '2420': metal,
  '2431': metal,
  '2592': metal,
  '2610': electronics,
  '2720': battery,
  '3821': waste,
  '3822': waste,
  '3830': waste,
};

const organicSectors = ['1010', '1020', '1030', '1040', '1050', '1062', '1072', '1101', '1103'];

/** The parameters that typically exceed the limit in a sector's wastewater, with weights. */
export function wastewaterParameterWeights(sectorCode: string): Weights {
  if (organicSectors.includes(sectorCode)) return organic;
  return bySector[sectorCode] ?? general;
}
