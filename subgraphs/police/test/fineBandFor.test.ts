import { fineBandFor, MAX_FINE_VND } from '@ipc-hub/seed/police';
import { describe, expect, it } from 'vitest';

const article18 = 'Nghị định 45/2022/NĐ-CP, Điều 18, khoản 2';

describe('fineBandFor', () => {
  it('allows only a warning for wastewater under 1.1 times the limit (Nghị định 45/2022, Điều 18)', () => {
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
