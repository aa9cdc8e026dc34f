/** A kind of hazardous waste and how much of it a generator typically declares a year. */
export interface HazardousWasteType {
  /** mã CTNH */
  code: string;
  name: string;
  /** believable kg a year for a mid-sized facility; scaled by the facility's size */
  kgPerYear: readonly [low: number, high: number];
}

const t = (code: string, name: string, low: number, high: number): HazardousWasteType => ({
  code,
  name,
  kgPerYear: [low, high],
});

/**
 * Codes and names as recalled from the list of hazardous wastes of Thông tư
 * 36/2015/TT-BTNMT, carried into Phụ lục III of Thông tư 02/2022/TT-BTNMT.
 * The common ones (16 01 06, 18 02 01, 17 02 03, 18 01 0x, 12 06 05,
 * 19 06 01) appear on almost every register in Hanoi; the codes of the
 * sector-specific streams are the least certain: keep them as data the hub
 * can correct.
 */
export const commonWastes: readonly HazardousWasteType[] = [
  t('16 01 06', 'Bóng đèn huỳnh quang và các loại thủy tinh hoạt tính thải', 5, 120),
  t('18 02 01', 'Giẻ lau, vật liệu lọc, vải bảo vệ thải bị nhiễm thành phần nguy hại', 50, 2500),
  t('17 02 03', 'Dầu động cơ, hộp số và bôi trơn tổng hợp thải', 50, 2000),
  t('18 01 03', 'Bao bì cứng thải bằng nhựa nhiễm thành phần nguy hại', 30, 1500),
  t('18 01 02', 'Bao bì cứng thải bằng kim loại nhiễm thành phần nguy hại', 30, 1200),
  t('08 02 04', 'Hộp mực in thải có các thành phần nguy hại', 5, 60),
  t('16 01 12', 'Pin, ắc quy thải', 5, 80),
];

/** Sludge of a facility's own wastewater plant: only those that run one declare it. */
export const treatmentSludge: HazardousWasteType = t(
  '12 06 05',
  'Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải công nghiệp',
  500,
  20000,
);

export const sectorWastes: Readonly<Record<string, readonly HazardousWasteType[]>> = {
  '2592': [
    t('07 01 01', 'Dung dịch axit tẩy rửa thải từ quá trình xử lý bề mặt kim loại', 300, 8000),
    t('07 01 05', 'Bùn thải và bã lọc từ quá trình mạ có chứa các thành phần nguy hại', 500, 12000),
    t('07 03 11', 'Dầu cắt gọt và nhũ tương thải từ quá trình gia công kim loại', 100, 3000),
  ],
  '2720': [
    t('19 06 01', 'Pin, ắc quy chì thải', 500, 20000),
    t('19 06 05', 'Dung dịch điện phân (axit) thải từ quá trình sản xuất ắc quy', 300, 8000),
  ],
  '2011': [
    t('19 05 02', 'Hóa chất và hỗn hợp hóa chất thải có các thành phần nguy hại', 200, 8000),
  ],
  '2012': [
    t('19 05 02', 'Hóa chất và hỗn hợp hóa chất thải có các thành phần nguy hại', 200, 5000),
  ],
  '2021': [
    t('18 01 01', 'Bao bì mềm thải nhiễm thuốc bảo vệ thực vật', 100, 3000),
    t('19 05 02', 'Hóa chất và hỗn hợp hóa chất thải có các thành phần nguy hại', 100, 3000),
  ],
  '2022': [
    t('08 01 01', 'Sơn, vecni thải có dung môi hữu cơ hoặc các thành phần nguy hại', 200, 6000),
    t('08 01 02', 'Bùn thải từ quá trình sản xuất sơn có dung môi hữu cơ', 300, 8000),
  ],
  '2023': [
    t('19 05 02', 'Hóa chất và hỗn hợp hóa chất thải có các thành phần nguy hại', 100, 3000),
  ],
  '2100': [
    t(
      '03 05 08',
      'Chất thải rắn có các thành phần nguy hại từ quá trình sản xuất dược phẩm',
      100,
      4000,
    ),
    t('19 05 02', 'Hóa chất thí nghiệm và hóa chất thải có các thành phần nguy hại', 20, 500),
  ],
  '1811': [
    t('08 02 01', 'Mực in thải có các thành phần nguy hại', 50, 2000),
    t('08 02 04', 'Hộp mực in thải có các thành phần nguy hại', 10, 150),
  ],
  '1313': [
    t('10 02 02', 'Thuốc nhuộm và chất màu thải có các thành phần nguy hại', 100, 3000),
    t(
      '10 02 03',
      'Bùn thải có các thành phần nguy hại từ quá trình xử lý nước thải dệt nhuộm',
      1000,
      25000,
    ),
  ],
  '1511': [t('10 01 02', 'Bùn thải có chứa crom từ quá trình thuộc da', 1000, 20000)],
  '2610': [
    t('16 01 13', 'Linh kiện, bản mạch điện tử thải có các thành phần nguy hại', 100, 5000),
    t('07 01 01', 'Dung dịch axit ăn mòn thải từ công đoạn khắc, tẩy rửa', 200, 8000),
  ],
  '2910': [
    t('08 01 01', 'Sơn, vecni thải có dung môi hữu cơ hoặc các thành phần nguy hại', 100, 4000),
    t('15 01 02', 'Lọc dầu thải', 20, 600),
  ],
  '2410': [
    t(
      '05 01 02',
      'Bụi và chất thải rắn từ hệ thống xử lý khí thải lò luyện có thành phần nguy hại',
      2000,
      30000,
    ),
  ],
  '2420': [
    t(
      '05 01 02',
      'Bụi và chất thải rắn từ hệ thống xử lý khí thải lò luyện có thành phần nguy hại',
      1000,
      20000,
    ),
  ],
  '2431': [t('05 06 02', 'Khuôn và lõi đúc thải có các thành phần nguy hại', 500, 15000)],
  '3821': [t('12 01 02', 'Tro bay có các thành phần nguy hại từ lò đốt chất thải', 1000, 30000)],
  '3822': [
    t('12 01 02', 'Tro bay có các thành phần nguy hại từ lò đốt chất thải', 2000, 30000),
    t('12 01 04', 'Tro đáy và xỉ lò đốt có các thành phần nguy hại', 2000, 30000),
  ],
  '3830': [
    t('19 06 01', 'Pin, ắc quy chì thải', 500, 20000),
    t('16 01 13', 'Linh kiện, bản mạch điện tử thải có các thành phần nguy hại', 100, 3000),
  ],
};

/** Sectors where nearly every facility generates enough hazardous waste to register. */
export const generatorSectors: ReadonlySet<string> = new Set([
  ...Object.keys(sectorWastes),
  '2211',
]);
