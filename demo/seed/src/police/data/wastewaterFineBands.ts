/**
 * Nghị định 45/2022/NĐ-CP, Điều 18 khoản 2 (non-hazardous parameters): the
 * fine for an individual whose wastewater exceeds the limit 1.1 to under 1.5
 * times, or under 1.1 times as a repeat or multiple offence, by the discharge
 * flow (m³/day); an organisation's is twice it. Checked against two published
 * summaries of the decree that agree on every row below. The bands from
 * 200 m³/day up, most of those of higher multiples (khoản 3–6) and those of
 * Điều 19 (hazardous parameters) could not be read in the sources at hand
 * (the published summaries stop at 200 m³/day): they are not guessed here;
 * see ../fineBandFor.ts for what follows from that.
 */
export const wastewaterFineBands: ReadonlyArray<{
  /** flow from, inclusive, m³/day */
  fromM3: number;
  /** flow to, exclusive, m³/day */
  toM3: number;
  /** individual's fine, VND */
  min: bigint;
  max: bigint;
}> = [
  { fromM3: 0, toM3: 5, min: 300_000n, max: 500_000n },
  { fromM3: 5, toM3: 10, min: 500_000n, max: 2_000_000n },
  { fromM3: 10, toM3: 20, min: 2_000_000n, max: 5_000_000n },
  { fromM3: 20, toM3: 40, min: 5_000_000n, max: 10_000_000n },
  { fromM3: 40, toM3: 60, min: 10_000_000n, max: 20_000_000n },
  { fromM3: 60, toM3: 80, min: 20_000_000n, max: 40_000_000n },
  { fromM3: 80, toM3: 100, min: 40_000_000n, max: 50_000_000n },
  { fromM3: 100, toM3: 200, min: 50_000_000n, max: 60_000_000n },
];

/**
 * Bands of the higher multiples (Điều 18 khoản 3–6) read in a published
 * application of the decree: khoản 6 (exceeding 10 times or more), điểm h
 * (100 to under 200 m³/day), 150–160 million đồng for an individual — its own
 * amount, not a multiple of khoản 2's. The other cells of khoản 3–6 were
 * not found and are not guessed.
 */
export const higherMultipleFineBands: ReadonlyArray<{
  /** the clause and the exceedance it covers: from, inclusive; to, exclusive (null: no end) */
  clause: number;
  fromFactor: number;
  toFactor: number | null;
  fromM3: number;
  toM3: number;
  min: bigint;
  max: bigint;
}> = [
  {
    clause: 6,
    fromFactor: 10,
    toFactor: null,
    fromM3: 100,
    toM3: 200,
    min: 150_000_000n,
    max: 160_000_000n,
  },
];
