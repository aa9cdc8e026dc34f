/**
 * Vietnamese personal names for the demo's suspects, weighted roughly as
 * family names are spread across the country. Invented people: any match
 * with a real person is chance.
 */
export const familyNames: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Phan', 4],
  ['Vũ', 4],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 2],
  ['Ngô', 1.5],
  ['Dương', 1],
  ['Đinh', 1],
  ['Trịnh', 1],
  ['Lương', 0.5],
];

export const middleNames = {
  male: ['Văn', 'Đức', 'Quang', 'Minh', 'Hữu', 'Thành', 'Công', 'Xuân', 'Mạnh'],
  female: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Thị Thu', 'Hồng'],
} as const;

export const givenNames = {
  male: [
    'Hùng',
    'Dũng',
    'Tuấn',
    'Nam',
    'Hải',
    'Long',
    'Sơn',
    'Thắng',
    'Cường',
    'Hiếu',
    'Trung',
    'Quân',
    'Tùng',
    'Bình',
    'Khoa',
  ],
  female: ['Lan', 'Hương', 'Hoa', 'Mai', 'Hằng', 'Linh', 'Nga', 'Thủy', 'Yến', 'Trang', 'Hà'],
} as const;

/**
 * The first three digits of a citizen id (CCCD) name the province of birth
 * registration (Thông tư 59/2021/TT-BCA): Hà Nội and its neighbours.
 */
export const birthProvinceCodes: ReadonlyArray<readonly [string, number]> = [
  ['001', 70],
  ['030', 5],
  ['033', 5],
  ['034', 6],
  ['035', 4],
  ['036', 5],
  ['038', 5],
];

/** Mobile prefixes of the Vietnamese networks since the 2018 renumbering. */
export const mobilePrefixes = [
  '090',
  '091',
  '094',
  '096',
  '097',
  '098',
  '086',
  '088',
  '032',
  '035',
  '036',
  '038',
  '039',
  '070',
  '077',
  '079',
  '083',
  '085',
] as const;
