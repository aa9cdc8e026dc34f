import { wastewaterFineBands } from './data/wastewaterFineBands';

/** Nghị định 45/2022/NĐ-CP: at most 1 000 000 000 đồng for an individual, twice that for an organisation. */
export const MAX_FINE_VND = 2_000_000_000n;
/** The smallest fine of the decree's wastewater table (individual, flow under 5 m³/day). */
const LOWEST_WASTEWATER_FINE = 300_000n;
/** Nghị định 45/2022/NĐ-CP: an organisation is fined twice what an individual is. */
const ORGANISATION_FACTOR = 2n;

export interface FineBandSubject {
  legalBasis: string;
  exceedanceFactor: number | null;
  dischargeM3PerDay: number | null;
}

/**
 * What a sanction may fine for a violation, as far as the hub can tell from
 * its legal basis, exceedance and flow: a warning only, or a range in VND.
 * The range runs from the individual's minimum to the organisation's maximum,
 * since the record does not say which of the two the offender is.
 */
export type FineBand =
  | { kind: 'WARNING_ONLY'; basis: { vi: string; en: string } }
  | { kind: 'FINE'; min: bigint; max: bigint; basis: { vi: string; en: string } };

const DECREE_45 = /45\/2022\/NĐ-CP/i;
const WASTEWATER_ARTICLE = /Điều\s+(18|19)\b/i;

function decimal(value: number): string {
  return String(value).replace('.', ',');
}

/**
 * The fine band of Nghị định 45/2022/NĐ-CP, Điều 18–19 (wastewater) where
 * the reference gives it:
 * - under 1.1 times the limit: a warning, no fine;
 * - 1.1 to under 1.5 times: the flow's band (flows under 200 m³/day), else at
 *   least the table's lowest fine;
 * - higher multiples raise the bands, so no less than the 1.1–1.5 band's
 *   minimum for the flow.
 * Everything else: any fine up to the decree's maximum.
 */
export function fineBandFor(subject: FineBandSubject): FineBand {
  const anyFine: FineBand = {
    kind: 'FINE',
    min: 1n,
    max: MAX_FINE_VND,
    basis: {
      vi: 'mức phạt tối đa của Nghị định 45/2022/NĐ-CP',
      en: 'the maximum of Nghị định 45/2022/NĐ-CP',
    },
  };
  const factor = subject.exceedanceFactor;
  if (
    factor === null ||
    !DECREE_45.test(subject.legalBasis) ||
    !WASTEWATER_ARTICLE.test(subject.legalBasis)
  ) {
    return anyFine;
  }
  if (factor < 1.1) {
    return {
      kind: 'WARNING_ONLY',
      basis: {
        vi: `Nghị định 45/2022/NĐ-CP, Điều 18–19: vượt dưới 1,1 lần (${decimal(factor)} lần) chỉ bị cảnh cáo`,
        en: `Nghị định 45/2022/NĐ-CP, Article 18–19: exceeding the limit less than 1.1 times (${factor}) is punished by a warning only`,
      },
    };
  }
  const flow = subject.dischargeM3PerDay;
  const band =
    flow === null ? undefined : wastewaterFineBands.find((b) => flow >= b.fromM3 && flow < b.toM3);
  if (factor < 1.5) {
    if (!band) {
      return {
        ...anyFine,
        min: LOWEST_WASTEWATER_FINE,
        basis: {
          vi: 'Nghị định 45/2022/NĐ-CP, Điều 18–19: vượt 1,1 đến dưới 1,5 lần',
          en: 'Nghị định 45/2022/NĐ-CP, Article 18–19: exceeding the limit 1.1 to under 1.5 times',
        },
      };
    }
    return {
      kind: 'FINE',
      min: band.min,
      max: band.max * ORGANISATION_FACTOR,
      basis: {
        vi: `Nghị định 45/2022/NĐ-CP, Điều 18–19: vượt 1,1 đến dưới 1,5 lần, lưu lượng ${band.fromM3} đến dưới ${band.toM3} m³/ngày`,
        en: `Nghị định 45/2022/NĐ-CP, Article 18–19: exceeding the limit 1.1 to under 1.5 times at a flow of ${band.fromM3} to under ${band.toM3} m³/day`,
      },
    };
  }
  return {
    ...anyFine,
    min: band?.min ?? LOWEST_WASTEWATER_FINE,
    basis: {
      vi: `Nghị định 45/2022/NĐ-CP, Điều 18–19: vượt từ 1,5 lần trở lên bị phạt không thấp hơn mức vượt 1,1 đến dưới 1,5 lần`,
      en: 'Nghị định 45/2022/NĐ-CP, Article 18–19: exceeding the limit 1.5 times or more is fined no less than 1.1 to under 1.5 times',
    },
  };
}
