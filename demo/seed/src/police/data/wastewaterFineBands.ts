/**
 * Nghị định 45/2022/NĐ-CP, Điều 18 (xả nước thải có chứa các thông số môi
 * trường không nguy hại vượt quy chuẩn kỹ thuật): the fine for an individual
 * by the exceedance multiple (the clause) and the discharge flow (the point);
 * an organisation's is twice it. The decree states the amounts for an
 * individual; ../fineBandFor.ts doubles them for an organisation.
 *
 * What is here, and where it was read:
 * - the clauses and the multiples each covers: khoản 1 (under 1.1 times, a
 *   warning) and khoản 2 (1.1 to under 1.5 times, or under 1.1 times as a
 *   repeat or multiple offence) as the summaries below state them; khoản 6
 *   from 10 times as the application below states it; khoản 3 to 5 at 1.5, 3
 *   and 5 times, the grading kept from Nghị định 155/2016/NĐ-CP Điều 13 (a
 *   published decision under it applies khoản 4 điểm a to 3 to under 5 times
 *   under 5 m³/day and điểm c to 4.7 times at 10 to under 20 m³/day: qdnd.vn,
 *   "Phạt một doanh nghiệp gần 200 triệu đồng do xả thải gây ô nhiễm môi
 *   trường") — inferred for Nghị định 45, not read in its text;
 * - khoản 2, điểm a to h (under 5 to under 200 m³/day): checked against two
 *   published summaries of the decree that agree on every row (luatvietnam.vn,
 *   "Xả nước thải gây ô nhiễm môi trường bị phạt bao nhiêu?", and a copy of it
 *   at congchunghanoi.info); the points are lettered in the order the rows
 *   are listed (a, b, c, d, đ, e, g, h), as khoản 6 điểm h below confirms;
 * - khoản 6, điểm h (10 times or more at 100 to under 200 m³/day), read in a
 *   published application of the decree.
 *
 * What is not here: khoản 2 from 200 m³/day up (the decree's rows go on to
 * "từ 10.000 m³/ngày trở lên", but their bounds and amounts were not legible
 * in any source at hand: the summaries stop at 200 m³/day), the other cells
 * of khoản 3 to 6, and all of Điều 19 (hazardous parameters). They are not
 * guessed: a cell found later is one more row of `article18FineCells`, with
 * its source, and the check narrows by itself (../fineBandFor.ts bounds an
 * unknown cell by the known ones around it).
 */

/** Nghị định 45/2022/NĐ-CP, Điều 18: which clause an exceedance multiple falls under. */
export const article18Clauses: ReadonlyArray<{
  clause: number;
  /** the multiple of the limit, from (inclusive) */
  fromFactor: number;
  /** to (exclusive); null: no end */
  toFactor: number | null;
  /** khoản 1: a first offence is only warned */
  warningOnly: boolean;
}> = [
  { clause: 1, fromFactor: 1, toFactor: 1.1, warningOnly: true },
  { clause: 2, fromFactor: 1.1, toFactor: 1.5, warningOnly: false },
  { clause: 3, fromFactor: 1.5, toFactor: 3, warningOnly: false },
  { clause: 4, fromFactor: 3, toFactor: 5, warningOnly: false },
  { clause: 5, fromFactor: 5, toFactor: 10, warningOnly: false },
  { clause: 6, fromFactor: 10, toFactor: null, warningOnly: false },
];

/**
 * The flow rows of Điều 18's fine clauses that the sources show: each clause
 * lists the same rows under the same points. Flows from 200 m³/day up are
 * further rows of the decree, whose bounds were not legible.
 */
export const article18FlowRows: ReadonlyArray<{
  point: string;
  /** m³/day, from (inclusive) */
  fromM3: number;
  /** m³/day, to (exclusive) */
  toM3: number;
}> = [
  { point: 'a', fromM3: 0, toM3: 5 },
  { point: 'b', fromM3: 5, toM3: 10 },
  { point: 'c', fromM3: 10, toM3: 20 },
  { point: 'd', fromM3: 20, toM3: 40 },
  { point: 'đ', fromM3: 40, toM3: 60 },
  { point: 'e', fromM3: 60, toM3: 80 },
  { point: 'g', fromM3: 80, toM3: 100 },
  { point: 'h', fromM3: 100, toM3: 200 },
];

export interface FineCell {
  clause: number;
  /** one of article18FlowRows' points */
  point: string;
  /** the individual's fine, VND */
  min: bigint;
  max: bigint;
  /** where the amount was read */
  source: string;
}

const SUMMARIES =
  'luatvietnam.vn, "Xả nước thải gây ô nhiễm môi trường bị phạt bao nhiêu?" (table of Điều 18 khoản 2), agreeing with congchunghanoi.info';

/** Nghị định 45/2022/NĐ-CP, Điều 18: the cells whose amounts were read. */
export const article18FineCells: ReadonlyArray<FineCell> = [
  { clause: 2, point: 'a', min: 300_000n, max: 500_000n, source: SUMMARIES },
  { clause: 2, point: 'b', min: 500_000n, max: 2_000_000n, source: SUMMARIES },
  { clause: 2, point: 'c', min: 2_000_000n, max: 5_000_000n, source: SUMMARIES },
  { clause: 2, point: 'd', min: 5_000_000n, max: 10_000_000n, source: SUMMARIES },
  { clause: 2, point: 'đ', min: 10_000_000n, max: 20_000_000n, source: SUMMARIES },
  { clause: 2, point: 'e', min: 20_000_000n, max: 40_000_000n, source: SUMMARIES },
  { clause: 2, point: 'g', min: 40_000_000n, max: 50_000_000n, source: SUMMARIES },
  { clause: 2, point: 'h', min: 50_000_000n, max: 60_000_000n, source: SUMMARIES },
  {
    clause: 6,
    point: 'h',
    min: 150_000_000n,
    max: 160_000_000n,
    source: 'a published application of the decree (Điều 18 khoản 6 điểm h)',
  },
];
