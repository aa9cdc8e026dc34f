import { fineBandFor, MAX_FINE_VND } from '@ipc-hub/seed/police';
import { describe, expect, it } from 'vitest';

const article18 = 'Nghị định 45/2022/NĐ-CP, Điều 18, khoản 2';

describe('fineBandFor', () => {
  it('allows only a warning for a first wastewater offence under 1.1 times the limit (Nghị định 45/2022, Điều 18)', () => {
    expect(
      fineBandFor({ legalBasis: article18, exceedanceFactor: 1.05, dischargeM3PerDay: 30 }).kind,
    ).toBe('WARNING_ONLY');
  });

  it("gives the flow's band from the individual's minimum to the organisation's maximum", () => {
    expect(
      fineBandFor({ legalBasis: article18, exceedanceFactor: 1.3, dischargeM3PerDay: 15 }),
    ).toMatchObject({ kind: 'FINE', min: 2_000_000n, max: 10_000_000n });
    expect(
      fineBandFor({ legalBasis: article18, exceedanceFactor: 1.3, dischargeM3PerDay: 199 }),
    ).toMatchObject({ min: 50_000_000n, max: 120_000_000n });
  });

  it("keeps higher multiples no lower than the flow's band, up to the decree's maximum", () => {
    expect(
      fineBandFor({ legalBasis: article18, exceedanceFactor: 6, dischargeM3PerDay: 15 }),
    ).toMatchObject({ min: 2_000_000n, max: MAX_FINE_VND });
  });

  it('falls back to the lowest fine of the table when the flow is unknown or beyond it', () => {
    for (const dischargeM3PerDay of [null, 450]) {
      expect(
        fineBandFor({ legalBasis: article18, exceedanceFactor: 1.2, dischargeM3PerDay }),
      ).toMatchObject({ min: 300_000n, max: MAX_FINE_VND });
    }
  });

  it('bounds other findings and older decrees by the maximum only', () => {
    for (const legalBasis of [
      'Nghị định 45/2022/NĐ-CP, Điều 29, khoản 1',
      'Nghị định 155/2016/NĐ-CP, Điều 13, khoản 2',
    ]) {
      expect(
        fineBandFor({ legalBasis, exceedanceFactor: 1.05, dischargeM3PerDay: 10 }),
      ).toMatchObject({ kind: 'FINE', min: 1n, max: 2_000_000_000n });
    }
  });
});

/** Nghị định 45/2022/NĐ-CP, Điều 18 khoản 2: the individual's band by flow (m³/day), in million đồng. */
const BANDS: ReadonlyArray<[from: number, to: number, min: number, max: number]> = [
  [0, 5, 0.3, 0.5],
  [5, 10, 0.5, 2],
  [10, 20, 2, 5],
  [20, 40, 5, 10],
  [40, 60, 10, 20],
  [60, 80, 20, 40],
  [80, 100, 40, 50],
  [100, 200, 50, 60],
];
const million = (n: number) => BigInt(Math.round(n * 1_000_000));

describe('fineBandFor at every band edge (Nghị định 45/2022/NĐ-CP, Điều 18)', () => {
  for (const [from, to, min, max] of BANDS) {
    for (const flow of [from === 0 ? 0.1 : from, to - 0.001]) {
      it(`gives ${min}–${max} million to an individual and twice that to an organisation at ${flow} m³/day`, () => {
        const subject = { legalBasis: article18, exceedanceFactor: 1.1, dischargeM3PerDay: flow };
        expect(fineBandFor({ ...subject, offenderKind: 'INDIVIDUAL' })).toMatchObject({
          kind: 'FINE',
          min: million(min),
          max: million(max),
        });
        expect(fineBandFor({ ...subject, offenderKind: 'ORGANIZATION' })).toMatchObject({
          kind: 'FINE',
          min: million(min) * 2n,
          max: million(max) * 2n,
        });
      });
    }
  }

  it('moves to the next band exactly at its lower edge (5, 10, … 100 m³/day belong to the band above)', () => {
    for (const [index, [from]] of BANDS.entries()) {
      if (index === 0) continue;
      const previous = BANDS[index - 1];
      expect(
        fineBandFor({
          legalBasis: article18,
          exceedanceFactor: 1.2,
          dischargeM3PerDay: from,
          offenderKind: 'INDIVIDUAL',
        }),
      ).toMatchObject({ min: million(BANDS[index]?.[2] ?? 0) });
      expect(previous?.[1]).toBe(from);
    }
  });

  it('warns below 1.1 times, fines from 1.1 times, and keeps the band as the floor from 1.5 times', () => {
    const at = (exceedanceFactor: number) =>
      fineBandFor({
        legalBasis: article18,
        exceedanceFactor,
        dischargeM3PerDay: 15,
        offenderKind: 'ORGANIZATION',
      });
    expect(at(1.0999).kind).toBe('WARNING_ONLY');
    expect(at(1.1)).toMatchObject({ kind: 'FINE', min: 4_000_000n, max: 10_000_000n });
    expect(at(1.4999)).toMatchObject({ min: 4_000_000n, max: 10_000_000n });
    expect(at(1.5)).toMatchObject({ min: 4_000_000n, max: 2_000_000_000n });
  });

  it("caps an individual's fine at 1 billion đồng and an organisation's at 2 billion", () => {
    const subject = { legalBasis: article18, exceedanceFactor: 12, dischargeM3PerDay: 90 };
    expect(fineBandFor({ ...subject, offenderKind: 'INDIVIDUAL' })).toMatchObject({
      min: 40_000_000n,
      max: 1_000_000_000n,
    });
    expect(fineBandFor({ ...subject, offenderKind: 'ORGANIZATION' })).toMatchObject({
      min: 80_000_000n,
      max: 2_000_000_000n,
    });
  });

  it('gives khoản 6 its own band from 10 times the limit at 100 to under 200 m³/day, at each edge', () => {
    const at = (
      exceedanceFactor: number,
      flow: number,
      offenderKind: 'INDIVIDUAL' | 'ORGANIZATION',
    ) =>
      fineBandFor({
        legalBasis: article18,
        exceedanceFactor,
        dischargeM3PerDay: flow,
        offenderKind,
      });
    for (const flow of [100, 150, 199.999]) {
      expect(at(10, flow, 'INDIVIDUAL')).toMatchObject({
        kind: 'FINE',
        min: 150_000_000n,
        max: 160_000_000n,
      });
      expect(at(25, flow, 'ORGANIZATION')).toMatchObject({ min: 300_000_000n, max: 320_000_000n });
      expect(at(10, flow, 'INDIVIDUAL').basis.en).toContain('Article 18(6)');
    }
    // under 10 times: khoản 2's band is the floor, the cap the ceiling
    expect(at(9.999, 150, 'INDIVIDUAL')).toMatchObject({ min: 50_000_000n, max: 1_000_000_000n });
    // beside the band: 99.999 and 200 m³/day are not in it
    expect(at(10, 99.999, 'INDIVIDUAL')).toMatchObject({ min: 40_000_000n, max: 1_000_000_000n });
    expect(at(10, 200, 'INDIVIDUAL')).toMatchObject({ min: 300_000n, max: 1_000_000_000n });
  });

  it('fines a repeat offence under 1.1 times at the flow band instead of warning', () => {
    const subject = { legalBasis: article18, exceedanceFactor: 1.05, dischargeM3PerDay: 45 };
    expect(fineBandFor({ ...subject, offenderKind: 'INDIVIDUAL' }).kind).toBe('WARNING_ONLY');
    expect(
      fineBandFor({ ...subject, offenderKind: 'INDIVIDUAL', repeatOffence: true }),
    ).toMatchObject({ kind: 'FINE', min: 10_000_000n, max: 20_000_000n });
  });

  it('reads a legal basis without diacritics or with other spacing as the same article', () => {
    for (const legalBasis of [
      'Nghi dinh 45/2022/ND-CP, Dieu 18, khoan 2',
      'NĐ 45/2022/NĐ-CP  điều18 khoản 2',
      'nghị định 45/2022/nđ-cp, ĐIỀU 18',
    ]) {
      expect(
        fineBandFor({
          legalBasis,
          exceedanceFactor: 1.05,
          dischargeM3PerDay: 30,
          offenderKind: 'ORGANIZATION',
        }).kind,
      ).toBe('WARNING_ONLY');
    }
  });

  it("never applies Điều 18's bands to Điều 19 (hazardous parameters): the cap bounds it", () => {
    const band = fineBandFor({
      legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 19, khoản 2',
      exceedanceFactor: 1.2,
      dischargeM3PerDay: 15,
      offenderKind: 'INDIVIDUAL',
    });
    expect(band).toMatchObject({ kind: 'FINE', min: 1n, max: 1_000_000_000n });
    expect(
      fineBandFor({
        legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 180',
        exceedanceFactor: 1.05,
        dischargeM3PerDay: 15,
      }).kind,
    ).toBe('FINE');
  });
});
