/**
 * Ten-digit mobile prefixes: Viettel 096–098, 086, 032–039; Vinaphone 091,
 * 094, 081–085, 088; MobiFone 090, 093, 089, 070, 076–079. The 03, 07 and
 * 08 ranges took over the eleven-digit 01x numbers in 2018, so the older
 * 09x numbers are the most common among business owners.
 */
export const mobilePrefixes: readonly (readonly [prefix: string, weight: number])[] = [
  ['090', 8],
  ['091', 9],
  ['093', 4],
  ['094', 5],
  ['096', 6],
  ['097', 7],
  ['098', 10],
  ['086', 2],
  ['088', 2],
  ['089', 1.5],
  ['081', 1],
  ['082', 0.8],
  ['083', 0.8],
  ['084', 1],
  ['085', 0.8],
  ['032', 1.5],
  ['033', 1.5],
  ['034', 1.5],
  ['035', 1.3],
  ['036', 1.3],
  ['037', 1.3],
  ['038', 1.3],
  ['039', 1.5],
  ['070', 0.6],
  ['076', 0.4],
  ['077', 0.6],
  ['078', 0.4],
  ['079', 0.6],
];
