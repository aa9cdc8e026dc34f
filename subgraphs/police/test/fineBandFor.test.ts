import {
  article18Clauses,
  article18FineCells,
  article18FlowRows,
  fineBandFor,
  MAX_FINE_VND,
  parseLegalBasis,
} from '@ipc-hub/seed/police';
import { describe, expect, it } from 'vitest';

const article18 = 'Nghị định 45/2022/NĐ-CP, Điều 18, khoản 2';
const article19 = 'Nghị định 45/2022/NĐ-CP, Điều 19, khoản 2';
const million = (n: number) => BigInt(Math.round(n * 1_000_000));
const BILLION = 1_000_000_000n;
type Offender = 'INDIVIDUAL' | 'ORGANIZATION';

/** Nghị định 45/2022/NĐ-CP, Điều 18 khoản 2: the individual's band by flow (m³/day), in million đồng. */
const BANDS: ReadonlyArray<[point: string, from: number, to: number, min: number, max: number]> = [
  ['a', 0, 5, 0.3, 0.5],
  ['b', 5, 10, 0.5, 2],
  ['c', 10, 20, 2, 5],
  ['d', 20, 40, 5, 10],
  ['đ', 40, 60, 10, 20],
  ['e', 60, 80, 20, 40],
  ['g', 80, 100, 40, 50],
  ['h', 100, 200, 50, 60],
];

/** Each clause of Điều 18 by the multiples it covers: the first and the last multiple in it. */
const CLAUSES: ReadonlyArray<[clause: number, first: number, last: number]> = [
  [1, 1.0001, 1.0999],
  [2, 1.1, 1.4999],
  [3, 1.5, 2.9999],
  [4, 3, 4.9999],
  [5, 5, 9.9999],
  [6, 10, 250],
];

const band = (
  exceedanceFactor: number | null,
  dischargeM3PerDay: number | null,
  offenderKind?: Offender | null,
  legalBasis = article18,
  repeatOffence = false,
) => fineBandFor({ legalBasis, exceedanceFactor, dischargeM3PerDay, offenderKind, repeatOffence });

describe('fineBandFor', () => {
  it('allows only a warning for a first wastewater offence under 1.1 times the limit (Nghị định 45/2022, Điều 18)', () => {
    expect(band(1.05, 30).kind).toBe('WARNING_ONLY');
  });

  it("gives the flow's band from the individual's minimum to the organisation's maximum when the offender is not recorded", () => {
    expect(band(1.3, 15)).toMatchObject({ kind: 'FINE', min: 2_000_000n, max: 10_000_000n });
    expect(band(1.3, 199)).toMatchObject({ min: 50_000_000n, max: 120_000_000n });
  });

  it('bounds other findings and older decrees by the maximum only', () => {
    for (const legalBasis of [
      'Nghị định 45/2022/NĐ-CP, Điều 29, khoản 1',
      'Nghị định 155/2016/NĐ-CP, Điều 13, khoản 2',
      'Nghị định 45/2022/NĐ-CP, Điều 180',
      'Điều 18, khoản 2',
    ]) {
      expect(band(1.05, 10, null, legalBasis)).toMatchObject({
        kind: 'FINE',
        min: 1n,
        max: MAX_FINE_VND,
      });
    }
  });
});

describe('the table of Điều 18 (data/wastewaterFineBands.ts)', () => {
  it('has contiguous clauses and flow rows, and every cell on them with its source', () => {
    for (const [index, clause] of article18Clauses.entries()) {
      const next = article18Clauses[index + 1];
      expect(clause.toFactor).toBe(next ? next.fromFactor : null);
    }
    for (const [index, row] of article18FlowRows.entries()) {
      expect(row.fromM3).toBe(index === 0 ? 0 : article18FlowRows[index - 1]?.toM3);
    }
    const points = article18FlowRows.map((r) => r.point);
    for (const cell of article18FineCells) {
      expect(points).toContain(cell.point);
      expect(article18Clauses.some((c) => c.clause === cell.clause && !c.warningOnly)).toBe(true);
      expect(cell.min).toBeLessThan(cell.max);
      expect(cell.source).not.toBe('');
    }
  });

  it('never lets a fine fall as the multiple or the flow rises', () => {
    const at = (point: string) => article18FlowRows.findIndex((r) => r.point === point);
    for (const low of article18FineCells) {
      for (const high of article18FineCells) {
        if (high.clause < low.clause || at(high.point) < at(low.point)) continue;
        expect(high.min >= low.min && high.max >= low.max).toBe(true);
      }
    }
  });
});

describe('Điều 18 khoản 2 at every flow edge, for an individual and an organisation', () => {
  for (const [point, from, to, min, max] of BANDS) {
    for (const flow of [from, to - 0.001]) {
      for (const factor of [1.1, 1.4999]) {
        it(`gives điểm ${point}, ${min}–${max} million, to an individual and twice that to an organisation at ${flow} m³/day, ${factor} times`, () => {
          expect(band(factor, flow, 'INDIVIDUAL')).toMatchObject({
            kind: 'FINE',
            min: million(min),
            max: million(max),
          });
          expect(band(factor, flow, 'ORGANIZATION')).toMatchObject({
            kind: 'FINE',
            min: million(min) * 2n,
            max: million(max) * 2n,
          });
          expect(band(factor, flow, null)).toMatchObject({
            min: million(min),
            max: million(max) * 2n,
          });
          expect(band(factor, flow, 'INDIVIDUAL').basis).toMatchObject({
            vi: expect.stringContaining(`Điều 18 khoản 2 điểm ${point}`),
            en: expect.stringContaining(`Article 18(2)(${point})`),
          });
        });
      }
    }
  }

  it('moves to the next band exactly at its lower edge (5, 10, … 100 m³/day belong to the band above)', () => {
    for (const [index, [, from, , min]] of BANDS.entries()) {
      if (index === 0) continue;
      expect(BANDS[index - 1]?.[2]).toBe(from);
      expect(band(1.2, from, 'INDIVIDUAL')).toMatchObject({ min: million(min) });
      expect(band(1.2, from - 0.001, 'INDIVIDUAL')).toMatchObject({
        max: million(BANDS[index - 1]?.[4] ?? 0),
      });
    }
  });

  it('leaves the tabulated flows at 200 m³/day: no less than the 100–200 band, up to the cap', () => {
    for (const flow of [200, 450, 10_000, 25_000]) {
      expect(band(1.2, flow, 'INDIVIDUAL')).toMatchObject({ min: 50_000_000n, max: BILLION });
      expect(band(1.2, flow, 'ORGANIZATION')).toMatchObject({
        min: 100_000_000n,
        max: 2n * BILLION,
      });
    }
    expect(band(1.2, 199.999, 'INDIVIDUAL')).toMatchObject({ max: 60_000_000n });
  });

  it('falls back to the lowest fine of the table when the flow is unknown', () => {
    expect(band(1.2, null)).toMatchObject({ min: 300_000n, max: MAX_FINE_VND });
    expect(band(1.2, null, 'INDIVIDUAL')).toMatchObject({ min: 300_000n, max: BILLION });
    expect(band(1.2, null, 'ORGANIZATION')).toMatchObject({ min: 600_000n, max: 2n * BILLION });
  });
});

describe('Điều 18 at every multiple edge (khoản 1 to 6)', () => {
  it('warns under 1.1 times and fines from 1.1 times, for both offenders', () => {
    for (const offender of ['INDIVIDUAL', 'ORGANIZATION'] as const) {
      for (const [, first, last] of CLAUSES.slice(0, 1)) {
        expect(band(first, 15, offender).kind).toBe('WARNING_ONLY');
        expect(band(last, 15, offender).kind).toBe('WARNING_ONLY');
      }
      expect(band(1.1, 15, offender).kind).toBe('FINE');
    }
  });

  it('names the clause of the multiple, at its first and its last multiple', () => {
    for (const [clause, first, last] of CLAUSES.slice(1)) {
      for (const factor of [first, last]) {
        const { basis } = band(factor, 150, 'INDIVIDUAL');
        expect(basis.vi).toContain(`Điều 18 khoản ${clause}`);
        expect(basis.en).toContain(`Article 18(${clause})`);
      }
    }
  });

  it('gives khoản 6 its own band at 100 to under 200 m³/day (điểm h), at each edge, twice for an organisation', () => {
    for (const flow of [100, 150, 199.999]) {
      for (const factor of [10, 25]) {
        expect(band(factor, flow, 'INDIVIDUAL')).toMatchObject({
          kind: 'FINE',
          min: 150_000_000n,
          max: 160_000_000n,
        });
        expect(band(factor, flow, 'ORGANIZATION')).toMatchObject({
          min: 300_000_000n,
          max: 320_000_000n,
        });
        expect(band(factor, flow, 'INDIVIDUAL').basis.en).toContain('Article 18(6)(h)');
      }
    }
  });

  it('bounds khoản 3 to 5 at 100–200 m³/day between khoản 2 điểm h and khoản 6 điểm h', () => {
    for (const [clause, first, last] of CLAUSES.slice(2, 5)) {
      for (const factor of [first, last]) {
        for (const flow of [100, 199.999]) {
          expect(band(factor, flow, 'INDIVIDUAL'), `khoản ${clause}`).toMatchObject({
            kind: 'FINE',
            min: 50_000_000n,
            max: 160_000_000n,
          });
          expect(band(factor, flow, 'ORGANIZATION')).toMatchObject({
            min: 100_000_000n,
            max: 320_000_000n,
          });
        }
      }
    }
    expect(band(9.9999, 150, 'INDIVIDUAL').basis.en).toContain('no more than Article 18(6)(h)');
  });

  it("keeps a higher multiple below 100 m³/day no lower than the flow's khoản 2 band and no higher than khoản 6 điểm h", () => {
    for (const [, from, to, min] of BANDS.slice(0, 7)) {
      for (const flow of [from, to - 0.001]) {
        for (const factor of [1.5, 2.9999, 3, 4.9999, 5, 9.9999, 10, 40]) {
          expect(band(factor, flow, 'INDIVIDUAL')).toMatchObject({
            min: million(min),
            max: 160_000_000n,
          });
          expect(band(factor, flow, 'ORGANIZATION')).toMatchObject({
            min: million(min) * 2n,
            max: 320_000_000n,
          });
        }
      }
    }
  });

  it('bounds the higher multiples from 200 m³/day by the cells below them and the cap', () => {
    for (const factor of [1.5, 5, 9.9999]) {
      expect(band(factor, 200, 'INDIVIDUAL')).toMatchObject({ min: 50_000_000n, max: BILLION });
    }
    for (const factor of [10, 12]) {
      expect(band(factor, 200, 'INDIVIDUAL')).toMatchObject({
        min: 150_000_000n,
        max: BILLION,
      });
      expect(band(factor, 5_000, 'ORGANIZATION')).toMatchObject({
        min: 300_000_000n,
        max: 2n * BILLION,
      });
    }
  });

  it("caps an individual's fine at 1 billion đồng and an organisation's at 2 billion", () => {
    expect(band(12, 20_000, 'INDIVIDUAL')).toMatchObject({ max: BILLION });
    expect(band(12, 20_000, 'ORGANIZATION')).toMatchObject({ max: MAX_FINE_VND });
    expect(band(12, null, 'INDIVIDUAL')).toMatchObject({ min: 300_000n, max: BILLION });
    expect(band(12, null, null)).toMatchObject({ min: 300_000n, max: MAX_FINE_VND });
  });
});

describe('a repeat or multiple offence under 1.1 times (Điều 18 khoản 2)', () => {
  it('is fined at the flow band of khoản 2 where a first one is only warned, at each flow band', () => {
    for (const [point, from, to, min, max] of BANDS) {
      for (const flow of [from, to - 0.001]) {
        for (const factor of [1.0001, 1.0999]) {
          expect(band(factor, flow, 'INDIVIDUAL').kind).toBe('WARNING_ONLY');
          const individual = band(factor, flow, 'INDIVIDUAL', article18, true);
          expect(individual).toMatchObject({
            kind: 'FINE',
            min: million(min),
            max: million(max),
          });
          expect(individual.basis.vi).toContain(`khoản 2 điểm ${point}`);
          expect(individual.basis.vi).toContain('tái phạm');
          expect(band(factor, flow, 'ORGANIZATION', article18, true)).toMatchObject({
            min: million(min) * 2n,
            max: million(max) * 2n,
          });
        }
      }
    }
  });

  it('changes nothing from 1.1 times, nor under Điều 19', () => {
    expect(band(1.3, 45, 'INDIVIDUAL', article18, true)).toEqual(band(1.3, 45, 'INDIVIDUAL'));
    expect(band(6, 150, 'ORGANIZATION', article18, true)).toEqual(band(6, 150, 'ORGANIZATION'));
    expect(band(1.05, 45, 'INDIVIDUAL', article19, true)).toMatchObject({
      kind: 'FINE',
      min: 1n,
      max: BILLION,
    });
  });

  it('without a flow is fined from the lowest of khoản 2', () => {
    expect(band(1.05, null, 'ORGANIZATION', article18, true)).toMatchObject({
      kind: 'FINE',
      min: 600_000n,
      max: MAX_FINE_VND,
    });
  });
});

describe('Điều 19 (hazardous parameters)', () => {
  it("never applies Điều 18's bands nor its warning: the offender's cap bounds it, at every multiple", () => {
    for (const [, first, last] of CLAUSES) {
      for (const factor of [first, last]) {
        for (const flow of [3, 15, 150, 450, null]) {
          expect(band(factor, flow, 'INDIVIDUAL', article19)).toMatchObject({
            kind: 'FINE',
            min: 1n,
            max: BILLION,
          });
          expect(band(factor, flow, 'ORGANIZATION', article19)).toMatchObject({
            kind: 'FINE',
            min: 1n,
            max: MAX_FINE_VND,
          });
        }
      }
    }
  });
});

describe('the legal basis, read without regard to diacritics, case, spacing and dashes', () => {
  it('recognises Điều 18 khoản 2 of Nghị định 45/2022/NĐ-CP however it is written', () => {
    for (const legalBasis of [
      'Nghi dinh 45/2022/ND-CP, Dieu 18, khoan 2',
      'Nghị định 45/2022/NĐ-CP, Điều 18, khoản 2',
      'NĐ 45/2022/NĐ-CP  điều18 khoản 2',
      'nghị định số 45/2022/nđ–cp, ĐIỀU 18 KHOẢN 2',
      'khoản 2 Điều 18 Nghị định 45/2022/NĐCP',
      'Nghi  dinh\t45 / 2022 / ND - CP , Dieu 18 , khoan 2',
    ]) {
      expect(parseLegalBasis(legalBasis), legalBasis).toEqual({
        decree: '45/2022/NĐ-CP',
        article: 18,
        clause: 2,
        point: null,
      });
    }
    expect(parseLegalBasis('điểm c khoản 2 Điều 18 Nghị định số 45/2022/NĐ-CP')).toEqual({
      decree: '45/2022/NĐ-CP',
      article: 18,
      clause: 2,
      point: 'c',
    });
    expect(parseLegalBasis('Nghị định 155/2016/NĐ-CP, Điều 13, khoản 2')).toMatchObject({
      decree: '155/2016/NĐ-CP',
      article: 13,
    });
    expect(parseLegalBasis('biên bản kiểm tra')).toEqual({
      decree: null,
      article: null,
      clause: null,
      point: null,
    });
  });

  it('checks a basis without diacritics or with other spacing exactly like the accented one', () => {
    const variants = (article: number) => [
      `Nghi dinh 45/2022/ND-CP, Dieu ${article}, khoan 2`,
      `NĐ 45/2022/NĐ–CP  điều${article} khoản 2`,
      `nghị định 45/2022/nđ-cp, ĐIỀU ${article}`,
    ];
    for (const article of [18, 19]) {
      const accented = `Nghị định 45/2022/NĐ-CP, Điều ${article}, khoản 2`;
      for (const legalBasis of variants(article)) {
        for (const [factor, flow, offender] of [
          [1.05, 30, 'ORGANIZATION'],
          [1.3, 15, 'INDIVIDUAL'],
          [6, 150, 'ORGANIZATION'],
          [12, 450, null],
        ] as const) {
          expect(band(factor, flow, offender, legalBasis), legalBasis).toEqual(
            band(factor, flow, offender, accented),
          );
        }
      }
    }
  });

  it('takes the clause the basis names when the multiple was not measured', () => {
    const named = (clause: number, flow: number | null, offender: Offender = 'INDIVIDUAL') =>
      band(null, flow, offender, `Nghi dinh 45/2022/ND-CP, Dieu 18, khoan ${clause}`);
    expect(named(1, 15).kind).toBe('WARNING_ONLY');
    expect(named(2, 15)).toMatchObject({ min: 2_000_000n, max: 5_000_000n });
    expect(named(2, 15, 'ORGANIZATION')).toMatchObject({ min: 4_000_000n, max: 10_000_000n });
    expect(named(6, 150)).toMatchObject({ min: 150_000_000n, max: 160_000_000n });
    expect(named(4, 150)).toMatchObject({ min: 50_000_000n, max: 160_000_000n });
    expect(named(2, 15).basis.vi).toContain('khoản ghi trong căn cứ pháp lý');
    // neither a multiple nor a clause: no less than the smallest fine of khoản 2
    expect(band(null, 15, 'ORGANIZATION', 'Nghị định 45/2022/NĐ-CP, Điều 18')).toMatchObject({
      kind: 'FINE',
      min: 600_000n,
      max: MAX_FINE_VND,
    });
  });

  it('trusts the measured multiple over the clause written', () => {
    expect(band(1.3, 15, 'INDIVIDUAL', 'Nghị định 45/2022/NĐ-CP, Điều 18, khoản 6')).toEqual(
      band(1.3, 15, 'INDIVIDUAL'),
    );
  });
});
