import {
  article18Clauses,
  article18FineCells,
  article18FlowRows,
  type FineCell,
} from './data/wastewaterFineBands';

/** Nghị định 45/2022/NĐ-CP: at most 1 000 000 000 đồng for an individual, twice that for an organisation. */
export const MAX_FINE_VND = 2_000_000_000n;
/** Nghị định 45/2022/NĐ-CP: the most an individual can be fined. */
const INDIVIDUAL_MAX_FINE_VND = 1_000_000_000n;
/** Nghị định 45/2022/NĐ-CP, Điều 6 khoản 2: an organisation is fined twice what an individual is. */
const ORGANISATION_FACTOR = 2n;

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
 * A legal basis as officers write it, folded so that "ND-CP", "NĐ-CP" and
 * "NĐ–CP", "Điều 18" and "Dieu18" read alike: no diacritics, no spaces, no
 * dashes, upper case.
 */
export function foldLegalBasis(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .replace(/[\s\p{Pd}\u2212]+/gu, '')
    .toUpperCase();
}

/** What a legal basis cites, read without regard to diacritics, case, spacing and dashes. */
export interface LegalBasisReference {
  /** "45/2022/NĐ-CP"; null when no decree number is written */
  decree: string | null;
  /** Điều */
  article: number | null;
  /** khoản */
  clause: number | null;
  /** điểm, lower case and without diacritics ("đ" reads as "d") */
  point: string | null;
}

/**
 * The decree, article, clause and point a legal basis cites, in whatever
 * order and spelling: "Nghi dinh 45/2022/ND-CP, Dieu 18, khoan 2" and
 * "điểm c khoản 2 Điều 18 Nghị định số 45/2022/NĐ-CP" both cite Điều 18
 * khoản 2 of Nghị định 45/2022/NĐ-CP. The first article, clause and point
 * written are the ones cited.
 */
export function parseLegalBasis(text: string): LegalBasisReference {
  const folded = foldLegalBasis(text);
  const decree = /(\d{1,3})\/(\d{4})\/NDCP/.exec(folded);
  const article = /DIEU(\d+)/.exec(folded)?.[1];
  const clause = /KHOAN(\d+)/.exec(folded)?.[1];
  const point = /DIEM([A-Z])/.exec(folded)?.[1];
  return {
    decree: decree ? `${Number(decree[1])}/${decree[2]}/NĐ-CP` : null,
    article: article === undefined ? null : Number(article),
    clause: clause === undefined ? null : Number(clause),
    point: point === undefined ? null : point.toLowerCase(),
  };
}

/**
 * What a sanction may fine for a violation, as far as the hub can tell from
 * its legal basis, exceedance and flow: a warning only, or a range in VND.
 */
export type FineBand =
  | { kind: 'WARNING_ONLY'; basis: { vi: string; en: string } }
  | { kind: 'FINE'; min: bigint; max: bigint; basis: { vi: string; en: string } };

type Offender = FineBandSubject['offenderKind'];
type Words = { vi: string; en: string };

/** The individual's [min, max] scaled to the offender: ×2 for an organisation, both when unknown. */
function forOffender(min: bigint, max: bigint, offender: Offender): { min: bigint; max: bigint } {
  if (offender === 'ORGANIZATION')
    return { min: min * ORGANISATION_FACTOR, max: max * ORGANISATION_FACTOR };
  if (offender === 'INDIVIDUAL') return { min, max };
  return { min, max: max * ORGANISATION_FACTOR };
}

function decimal(value: number): string {
  return String(value).replace('.', ',');
}

const millions = (vnd: bigint) => Number(vnd) / 1_000_000;

const DECREE = 'Nghị định 45/2022/NĐ-CP';

/** The clause of Điều 18 an exceedance multiple falls under (under 1.1 times: khoản 1). */
function clauseOfFactor(factor: number): (typeof article18Clauses)[number] {
  let found = article18Clauses[0];
  for (const clause of article18Clauses) if (factor >= clause.fromFactor) found = clause;
  if (!found) throw new Error('Điều 18 has no clauses');
  return found;
}

function multipleWords(clause: (typeof article18Clauses)[number]): Words {
  return clause.toFactor === null
    ? {
        vi: `vượt từ ${decimal(clause.fromFactor)} lần trở lên`,
        en: `exceeding the limit ${clause.fromFactor} times or more`,
      }
    : {
        vi: `vượt ${decimal(clause.fromFactor)} đến dưới ${decimal(clause.toFactor)} lần`,
        en: `exceeding the limit ${clause.fromFactor} to under ${clause.toFactor} times`,
      };
}

const rowIndexOf = (point: string) => article18FlowRows.findIndex((r) => r.point === point);

function cellName(cell: FineCell): Words {
  return {
    vi: `khoản ${cell.clause} điểm ${cell.point} (cá nhân ${decimal(millions(cell.min))}–${decimal(millions(cell.max))} triệu đồng)`,
    en: `Article 18(${cell.clause})(${cell.point}) (${millions(cell.min)}–${millions(cell.max)} million VND for an individual)`,
  };
}

/**
 * The band of Điều 18 for a clause and a flow, for an individual. A cell
 * whose amounts were read is its own band. Any other is bounded by the cells
 * read around it, since the decree's fines never fall as the multiple or the
 * flow rises: no less than the highest minimum of a cell at no higher a
 * multiple and no greater a flow, no more than the lowest maximum of a cell
 * at no lower a multiple and no smaller a flow (else the individual's cap).
 * An unknown flow could be the smallest or the largest.
 */
function article18Cell(
  clause: number,
  flow: number | null,
): { min: bigint; max: bigint; exact?: FineCell; floor?: FineCell; ceiling?: FineCell } {
  const found =
    flow === null ? null : article18FlowRows.findIndex((r) => flow >= r.fromM3 && flow < r.toM3);
  // past the rows read (200 m³/day and more): above every one of them
  const row = found === null ? null : found === -1 ? article18FlowRows.length : found;
  const point = row === null ? undefined : article18FlowRows[row]?.point;
  const exact = article18FineCells.find((c) => c.clause === clause && c.point === point);
  if (exact) return { min: exact.min, max: exact.max, exact };
  let floor: FineCell | undefined;
  let ceiling: FineCell | undefined;
  for (const cell of article18FineCells) {
    const at = rowIndexOf(cell.point);
    if (cell.clause <= clause && at <= (row ?? 0) && (!floor || cell.min > floor.min)) {
      floor = cell;
    }
    if (
      row !== null &&
      cell.clause >= clause &&
      at >= row &&
      (!ceiling || cell.max < ceiling.max)
    ) {
      ceiling = cell;
    }
  }
  return {
    min: floor?.min ?? 1n,
    max: ceiling?.max ?? INDIVIDUAL_MAX_FINE_VND,
    floor,
    ceiling,
  };
}

/**
 * The fine band of Nghị định 45/2022/NĐ-CP for a violation, as far as the
 * hub can tell from its legal basis (read without regard to diacritics,
 * spacing and dashes), exceedance, flow, offender and whether it is a repeat
 * offence:
 * - Điều 18 (non-hazardous parameters), under 1.1 times the limit: a warning
 *   only (khoản 1), unless a repeat or multiple offence, which khoản 2 fines
 *   at the flow's band;
 * - Điều 18 from 1.1 times: the clause of the multiple (khoản 2 to 6) at the
 *   flow's point, as data/wastewaterFineBands.ts holds it — the cell itself
 *   where its amounts were read, else bounded by the cells read around it;
 *   without a measured multiple, the clause the legal basis names;
 * - an organisation's band is twice an individual's (and its cap 2 billion
 *   đồng, an individual's 1 billion); a record that does not say which the
 *   offender is spans both;
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
      vi: `mức phạt tối đa của ${DECREE} đối với ${who.vi}`,
      en: `the maximum of ${DECREE} for ${who.en}`,
    },
  };
  const cited = parseLegalBasis(subject.legalBasis);
  if (cited.decree !== '45/2022/NĐ-CP' || cited.article !== 18) return anyFine;

  const factor = subject.exceedanceFactor;
  const named =
    cited.clause === null ? undefined : article18Clauses.find((c) => c.clause === cited.clause);
  const clause = factor === null ? named : clauseOfFactor(factor);
  const measured =
    factor === null
      ? { vi: ' (khoản ghi trong căn cứ pháp lý)', en: ' (the clause the legal basis names)' }
      : { vi: ` (${decimal(factor)} lần)`, en: ` (${factor} times)` };
  if (!clause) {
    // neither a multiple nor a clause: any fine of Điều 18 is at least khoản 2's smallest
    const lowest = article18Cell(2, 0);
    return {
      ...anyFine,
      min: forOffender(lowest.min, lowest.min, offender).min,
      basis: {
        vi: `${DECREE}, Điều 18: không rõ mức vượt, mức phạt không thấp hơn khoản 2 điểm a, ${who.vi}`,
        en: `${DECREE}, Article 18: the multiple unknown, no less than Article 18(2)(a), ${who.en}`,
      },
    };
  }
  if (clause.warningOnly && !subject.repeatOffence) {
    return {
      kind: 'WARNING_ONLY',
      basis: {
        vi: `${DECREE}, Điều 18 khoản 1: vượt dưới 1,1 lần${measured.vi} lần đầu chỉ bị cảnh cáo`,
        en: `${DECREE}, Article 18(1): exceeding the limit less than 1.1 times${measured.en} for the first time is punished by a warning only`,
      },
    };
  }
  // a repeat or multiple offence under 1.1 times is fined under khoản 2
  const fined = clause.warningOnly ? article18Clauses[1] : clause;
  if (!fined) throw new Error('Điều 18 has no khoản 2');
  const multiple = clause.warningOnly
    ? {
        vi: 'vượt dưới 1,1 lần, tái phạm hoặc vi phạm nhiều lần',
        en: 'a repeat or multiple offence under 1.1 times',
      }
    : multipleWords(fined);
  const why = { vi: multiple.vi + measured.vi, en: multiple.en + measured.en };
  const flow = subject.dischargeM3PerDay;
  const row =
    flow === null ? undefined : article18FlowRows.find((r) => flow >= r.fromM3 && flow < r.toM3);
  const flowWords =
    flow === null
      ? { vi: ', không rõ lưu lượng', en: ', the flow unknown' }
      : row
        ? {
            vi: `, lưu lượng ${row.fromM3} đến dưới ${row.toM3} m³/ngày`,
            en: ` at a flow of ${row.fromM3} to under ${row.toM3} m³/day`,
          }
        : {
            vi: `, lưu lượng từ ${article18FlowRows.at(-1)?.toM3} m³/ngày trở lên`,
            en: ` at a flow of ${article18FlowRows.at(-1)?.toM3} m³/day or more`,
          };
  const cell = article18Cell(fined.clause, flow);
  const band = forOffender(cell.min, cell.max, offender);
  if (cell.exact) {
    return {
      kind: 'FINE',
      ...band,
      basis: {
        vi: `${DECREE}, Điều 18 khoản ${fined.clause} điểm ${cell.exact.point}: ${why.vi}${flowWords.vi}, ${who.vi}`,
        en: `${DECREE}, Article 18(${fined.clause})(${cell.exact.point}): ${why.en}${flowWords.en}, ${who.en}`,
      },
    };
  }
  const floor = cell.floor ? cellName(cell.floor) : undefined;
  const ceiling = cell.ceiling ? cellName(cell.ceiling) : undefined;
  return {
    kind: 'FINE',
    ...band,
    basis: {
      vi: `${DECREE}, Điều 18 khoản ${fined.clause}: ${why.vi}${flowWords.vi}, ${who.vi}; mức của trường hợp này chưa có trong bảng của hệ thống: không thấp hơn ${floor?.vi ?? 'mức thấp nhất'}, không cao hơn ${ceiling?.vi ?? 'mức tối đa'}`,
      en: `${DECREE}, Article 18(${fined.clause}): ${why.en}${flowWords.en}, ${who.en}; this case's amounts are not in the hub's table: no less than ${floor?.en ?? 'the lowest'}, no more than ${ceiling?.en ?? 'the maximum'}`,
    },
  };
}
