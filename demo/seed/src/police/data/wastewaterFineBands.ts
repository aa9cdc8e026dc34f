/**
 * Nghị định 45/2022/NĐ-CP, Điều 18 khoản 2 (non-hazardous parameters): the
 * fine for an individual whose wastewater exceeds the limit 1.1 to under 1.5
 * times, or under 1.1 times as a repeat or multiple offence, by the discharge
 * flow (m³/day); an organisation's is twice it. Checked against two published
 * summaries of the decree that agree on every row below. The bands from
 * 200 m³/day up, those of higher multiples and those of Điều 19 (hazardous
 * parameters) could not be read in the sources at hand: they are not guessed
 * here; see ../fineBandFor.ts for what follows from that.
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
