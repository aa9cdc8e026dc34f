/**
 * The first three digits of a CCCD number: the province where the holder's
 * birth was registered (Thông tư 07/2016/TT-BCA, the same codes as the
 * provinces' administrative codes). Hanoi (001, which includes the former
 * Hà Tây) dominates; the rest are the provinces people commonly move to
 * Hanoi from.
 */
export const birthProvinceCodes: readonly (readonly [code: string, weight: number])[] = [
  ['001', 60],
  ['035', 3],
  ['036', 3.5],
  ['034', 3.5],
  ['033', 3],
  ['030', 2.5],
  ['027', 2.5],
  ['024', 1.5],
  ['026', 2],
  ['025', 2],
  ['037', 2],
  ['038', 3],
  ['040', 2.5],
  ['042', 1.5],
  ['019', 1],
  ['031', 1.2],
  ['022', 0.8],
  ['017', 1],
  ['008', 0.5],
  ['020', 0.5],
  ['044', 0.5],
  ['046', 0.4],
  ['048', 0.3],
  ['079', 0.6],
];
