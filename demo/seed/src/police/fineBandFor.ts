import { higherMultipleFineBands, wastewaterFineBands } from './data/wastewaterFineBands';

/** Nghị định 45/2022/NĐ-CP: at most 1 000 000 000 đồng for an individual, twice that for an organisation. */
export const MAX_FINE_VND = 2_000_000_000n;
/** The smallest fine of the decree's wastewater table (individual, flow under 5 m³/day). */
const LOWEST_WASTEWATER_FINE = 300_000n;
/** Nghị định 45/2022/NĐ-CP, Điều 6 khoản 2: an organisation is fined twice what an individual is. */
const ORGANISATION_FACTOR = 2n;

/** Nghị định 45/2022/NĐ-CP: the most an individual can be fined. */
const INDIVIDUAL_MAX_FINE_VND = 1_000_000_000n;

export interface FineBandSubject {
  legalBasis: string;
  exceedanceFactor: number | null;
  dischargeM3PerDay: number | null;
  /** null on records from before it was asked: the band then spans both kinds */
  offenderKind?: 'INDIVIDUAL' | 'ORGANIZATION' | null;
  /** tái phạm or vi phạm nhiều lần (Điều 18 khoản 2) */
  repeatOffence?: boolean;
}

/**
 * A legal basis as officers write it, folded so that "ND-CP" and "NĐ-CP",
 * "Điều 18" and "Dieu18" read alike: no diacritics, no spaces, upper case.
 */
export function foldLegalBasis(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/** The individual's [min, max] scaled to the offender: ×2 for an organisation, both when unknown. */
function forOffender(
  min: bigint,
  max: bigint,
  offender: FineBandSubject['offenderKind'],
): { min: bigint; max: bigint } {
  if (offender === 'ORGANIZATION')
    return { min: min * ORGANISATION_FACTOR, max: max * ORGANISATION_FACTOR };
  if (offender === 'INDIVIDUAL') return { min, max };
  return { min, max: max * ORGANISATION_FACTOR };
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

const DECREE_45 = /45\/2022\/ND-CP/;
const ARTICLE = /DIEU(\d+)/;

function decimal(value: number): string {
  return String(value).replace('.', ',');
}

/**
 * The fine band of Nghị định 45/2022/NĐ-CP for a violation, as far as the
 * hub can tell from its legal basis (read without regard to diacritics and
 * spacing), exceedance, flow, offender and whether it is a repeat offence:
 * - Điều 18 (non-hazardous parameters), under 1.1 times the limit: a warning
 *   only (khoản 1), unless a repeat or multiple offence, which is fined at
 *   the flow's band of khoản 2;
 * - Điều 18, 1.1 to under 1.5 times: the flow's band of khoản 2;
 * - Điều 18, higher multiples: the clause's own band where the decree's
 *   amount is known (khoản 6, 10 times or more, 100 to under 200 m³/day),
 *   otherwise no less than the flow's band of khoản 2, up to the cap;
 * - an organisation's band is twice an individual's (and its cap 2 billion
 *   đồng, an individual's 1 billion);
 * - Điều 19 (hazardous parameters) has bands of its own, which are not in
 *   the reference data: its fines are bounded by the cap only, never by
 *   Điều 18's bands.
 * Everything else: any fine up to the offender's cap.
 */
export function fineBandFor(subject: FineBandSubject): FineBand {
  const offender = subject.offenderKind ?? null;
  const cap = offender === 'INDIVIDUAL' ? INDIVIDUAL_MAX_FINE_VND : MAX_FINE_VND;
  const who =
    offender === 'INDIVIDUAL'
      ? { vi: 'cá nhân', en: 'an individual' }
      : offender === 'ORGANIZATION'
        ? { vi: 'tổ chức', en: 'an organisation' }
        : { vi: 'cá nhân hoặc tổ chức', en: 'an individual or an organisation' };
  const anyFine: FineBand = {
    kind: 'FINE',
    min: 1n,
    max: cap,
    basis: {
      vi: `mức phạt tối đa của Nghị định 45/2022/NĐ-CP đối với ${who.vi}`,
      en: `the maximum of Nghị định 45/2022/NĐ-CP for ${who.en}`,
    },
  };
  const basis = foldLegalBasis(subject.legalBasis);
  const article = ARTICLE.exec(basis)?.[1];
  const factor = subject.exceedanceFactor;
  if (factor === null || !DECREE_45.test(basis) || article !== '18') return anyFine;
  const flow = subject.dischargeM3PerDay;
  const row =
    flow === null ? undefined : wastewaterFineBands.find((b) => flow >= b.fromM3 && flow < b.toM3);
  const band = row ? forOffender(row.min, row.max, offender) : undefined;
  const flowWords = row
    ? {
        vi: `, lưu lượng ${row.fromM3} đến dưới ${row.toM3} m³/ngày, ${who.vi}`,
        en: ` at a flow of ${row.fromM3} to under ${row.toM3} m³/day, ${who.en}`,
      }
    : { vi: `, ${who.vi}`, en: `, ${who.en}` };
  if (factor < 1.1 && !subject.repeatOffence) {
    return {
      kind: 'WARNING_ONLY',
      basis: {
        vi: `Nghị định 45/2022/NĐ-CP, Điều 18 khoản 1: vượt dưới 1,1 lần (${decimal(factor)} lần) lần đầu chỉ bị cảnh cáo`,
        en: `Nghị định 45/2022/NĐ-CP, Article 18(1): exceeding the limit less than 1.1 times (${factor}) for the first time is punished by a warning only`,
      },
    };
  }
  if (factor < 1.5) {
    const why =
      factor < 1.1
        ? {
            vi: 'vượt dưới 1,1 lần, tái phạm hoặc vi phạm nhiều lần',
            en: 'a repeat offence under 1.1 times',
          }
        : { vi: 'vượt 1,1 đến dưới 1,5 lần', en: 'exceeding the limit 1.1 to under 1.5 times' };
    if (!band) {
      return {
        ...anyFine,
        min: forOffender(LOWEST_WASTEWATER_FINE, LOWEST_WASTEWATER_FINE, offender).min,
        basis: {
          vi: `Nghị định 45/2022/NĐ-CP, Điều 18 khoản 2: ${why.vi}${flowWords.vi}`,
          en: `Nghị định 45/2022/NĐ-CP, Article 18(2): ${why.en}${flowWords.en}`,
        },
      };
    }
    return {
      kind: 'FINE',
      min: band.min,
      max: band.max,
      basis: {
        vi: `Nghị định 45/2022/NĐ-CP, Điều 18 khoản 2: ${why.vi}${flowWords.vi}`,
        en: `Nghị định 45/2022/NĐ-CP, Article 18(2): ${why.en}${flowWords.en}`,
      },
    };
  }
  const higher =
    flow === null
      ? undefined
      : higherMultipleFineBands.find(
          (b) =>
            factor >= b.fromFactor &&
            (b.toFactor === null || factor < b.toFactor) &&
            flow >= b.fromM3 &&
            flow < b.toM3,
        );
  if (higher) {
    const own = forOffender(higher.min, higher.max, offender);
    return {
      kind: 'FINE',
      min: own.min,
      max: own.max,
      basis: {
        vi: `Nghị định 45/2022/NĐ-CP, Điều 18 khoản ${higher.clause}: vượt từ ${decimal(higher.fromFactor)} lần trở lên, lưu lượng ${higher.fromM3} đến dưới ${higher.toM3} m³/ngày, ${who.vi}`,
        en: `Nghị định 45/2022/NĐ-CP, Article 18(${higher.clause}): exceeding the limit ${higher.fromFactor} times or more at a flow of ${higher.fromM3} to under ${higher.toM3} m³/day, ${who.en}`,
      },
    };
  }
  return {
    ...anyFine,
    min: band?.min ?? forOffender(LOWEST_WASTEWATER_FINE, LOWEST_WASTEWATER_FINE, offender).min,
    basis: {
      vi: `Nghị định 45/2022/NĐ-CP, Điều 18: vượt từ 1,5 lần trở lên bị phạt không thấp hơn mức vượt 1,1 đến dưới 1,5 lần${flowWords.vi}`,
      en: `Nghị định 45/2022/NĐ-CP, Article 18: exceeding the limit 1.5 times or more is fined no less than 1.1 to under 1.5 times${flowWords.en}`,
    },
  };
}
