/**
 * Hazardous-waste handlers that collect and treat for Hanoi's generators,
 * with how often a generator in the demo contracts each. The first five are
 * recalled from the ministry's licences (names change over time); the last
 * three are believable stand-ins. Keep as data the hub can correct.
 */
export const licensedHandlers: readonly (readonly [name: string, weight: number])[] = [
  ['Công ty TNHH MTV Môi trường đô thị Hà Nội (URENCO)', 28],
  ['Công ty Cổ phần Môi trường Đô thị và Công nghiệp 11 (URENCO 11)', 12],
  ['Công ty Cổ phần Môi trường Thuận Thành', 16],
  ['Công ty TNHH Môi trường Sông Công', 9],
  ['Công ty Cổ phần Môi trường Việt Úc', 8],
  ['Công ty TNHH Môi trường Công nghiệp Xanh', 8],
  ['Công ty Cổ phần Công nghệ Môi trường An Sinh', 6],
  ['Công ty TNHH Xử lý chất thải công nghiệp Hòa Bình', 5],
];
