/** How a sector shows up in the demo: names, discharge and where it sits. */
export interface SectorProfile {
  /** words a Vietnamese company of the sector puts in its name */
  nameWords: readonly string[];
  /** English words a foreign-invested tenant of the sector uses */
  foreignWords: readonly string[];
  /** believable wastewater discharge, m³/day */
  dischargeM3PerDay: readonly [number, number];
  /** relative frequency among zone, cluster and standalone facilities */
  zoneWeight: number;
  clusterWeight: number;
  standaloneWeight: number;
  /** chance that a zone tenant of the sector is foreign-invested */
  foreignShare: number;
  /** true where the plant cannot stand among city homes (kilns, quarries, landfills) */
  ruralOnly: boolean;
}

type Row = [
  code: string,
  nameWords: string[],
  foreignWords: string[],
  discharge: [number, number],
  zone: number,
  cluster: number,
  standalone: number,
  foreignShare: number,
  ruralOnly?: boolean,
];

/**
 * Sector mix per setting. Zones skew to electronics, machining, garments,
 * plastics and food; clusters to furniture, machining, food, textile, paper
 * and recycling; standalone workshops to brewing, food, dyeing, printing,
 * plating and bricks, as Plan 75 describes.
 */
const rows: Row[] = [
  ['0810', ['Khai thác đá', 'Khoáng sản'], [], [5, 60], 0, 0, 1, 0, true],
  [
    '1010',
    ['Thực phẩm', 'Chế biến thực phẩm', 'Thực phẩm sạch'],
    ['Foods'],
    [20, 400],
    2,
    2.5,
    3,
    0.2,
  ],
  ['1020', ['Thủy sản', 'Chế biến thủy sản'], ['Seafood'], [20, 300], 0.5, 1, 1, 0.1],
  ['1030', ['Nông sản', 'Chế biến nông sản', 'Rau quả'], ['Agro'], [20, 300], 1, 1.5, 1.5, 0.2],
  ['1040', ['Dầu thực vật'], ['Oil'], [10, 200], 0.5, 0.5, 0.5, 0.2],
  [
    '1050',
    ['Sữa', 'Thực phẩm dinh dưỡng'],
    ['Dairy', 'Nutrition'],
    [100, 1500],
    1.5,
    0.3,
    0.5,
    0.3,
  ],
  ['1062', ['Tinh bột', 'Miến dong'], [], [50, 800], 0, 2, 2, 0],
  ['1072', ['Đường', 'Bánh kẹo'], ['Confectionery'], [100, 1000], 1, 0.3, 0.5, 0.3],
  ['1101', ['Rượu', 'Cồn rượu'], [], [10, 200], 0.5, 0.5, 1.5, 0.1],
  ['1103', ['Bia', 'Bia rượu nước giải khát'], ['Brewery'], [200, 2000], 1, 0.5, 3, 0.3],
  ['1311', ['Sợi', 'Dệt sợi'], ['Spinning'], [5, 100], 1, 1, 1, 0.3],
  ['1312', ['Dệt', 'Dệt may'], ['Textile'], [10, 300], 1, 2, 1.5, 0.3],
  ['1313', ['Dệt nhuộm', 'Nhuộm', 'In hoa vải'], ['Dyeing'], [50, 1500], 1, 2.5, 4, 0.2],
  ['1410', ['May mặc', 'May', 'Thời trang'], ['Apparel', 'Garment'], [5, 80], 5, 2, 2, 0.4],
  ['1511', ['Thuộc da', 'Da giầy'], ['Leather'], [30, 500], 0.3, 0.8, 1, 0.2],
  ['1610', ['Chế biến gỗ', 'Gỗ'], ['Wood'], [5, 30], 0.3, 2.5, 1, 0.1],
  ['1701', ['Giấy', 'Giấy và bột giấy'], ['Paper'], [100, 2000], 0.5, 2.5, 1.5, 0.1],
  ['1702', ['Bao bì', 'Bao bì carton'], ['Packaging'], [10, 300], 2, 2, 1, 0.4],
  ['1811', ['In', 'In bao bì', 'In và thương mại'], ['Printing'], [5, 100], 2, 1.5, 3.5, 0.3],
  ['2011', ['Hóa chất', 'Hóa chất công nghiệp'], ['Chemical'], [20, 600], 1, 0.5, 1, 0.3],
  ['2012', ['Phân bón', 'Phân bón và hóa chất'], [], [20, 500], 0.3, 0.3, 0.5, 0, true],
  [
    '2021',
    ['Thuốc bảo vệ thực vật', 'Vật tư nông nghiệp'],
    ['Agrochemical'],
    [10, 200],
    0.3,
    0.2,
    0.3,
    0.2,
    true,
  ],
  ['2022', ['Sơn', 'Sơn và mực in'], ['Paint', 'Coatings'], [10, 200], 1.5, 0.8, 1, 0.4],
  ['2023', ['Mỹ phẩm', 'Chất tẩy rửa', 'Hóa mỹ phẩm'], ['Cosmetics'], [10, 300], 1.5, 0.5, 1, 0.3],
  ['2100', ['Dược phẩm', 'Dược'], ['Pharma', 'Pharmaceutical'], [20, 400], 2, 0.3, 1, 0.3],
  ['2211', ['Cao su', 'Săm lốp'], ['Rubber', 'Tire'], [20, 300], 1, 0.5, 0.5, 0.4],
  ['2220', ['Nhựa', 'Nhựa và bao bì nhựa'], ['Plastics', 'Polymer'], [5, 150], 5, 3, 1.5, 0.5],
  ['2392', ['Gạch ngói', 'Vật liệu xây dựng', 'Gạch'], [], [5, 30], 0, 0.5, 3, 0, true],
  ['2394', ['Xi măng', 'Vôi', 'Vật liệu xây dựng'], [], [5, 100], 0.2, 0.3, 0.8, 0, true],
  ['2410', ['Thép', 'Luyện thép'], ['Steel'], [50, 1200], 0.5, 1, 0.5, 0.2, true],
  ['2420', ['Kim loại màu', 'Luyện nhôm'], ['Metal'], [20, 400], 0.3, 0.8, 0.5, 0.2],
  ['2431', ['Đúc', 'Cơ khí đúc'], ['Casting', 'Foundry'], [10, 200], 0.8, 2, 1.5, 0.3],
  [
    '2592',
    ['Cơ khí', 'Cơ khí chính xác', 'Mạ kim loại', 'Xi mạ'],
    ['Precision', 'Metal Works', 'Industrial'],
    [5, 300],
    6,
    6,
    3.5,
    0.5,
  ],
  [
    '2610',
    ['Điện tử', 'Linh kiện điện tử'],
    ['Electronics', 'Components', 'Technology', 'Electric'],
    [20, 1500],
    12,
    0.3,
    0.2,
    0.8,
  ],
  ['2720', ['Pin và ắc quy', 'Ắc quy'], ['Battery', 'Energy'], [10, 300], 0.8, 0.3, 0.5, 0.5],
  [
    '2910',
    ['Ô tô', 'Phụ tùng ô tô', 'Cơ khí ô tô'],
    ['Auto Parts', 'Motor', 'Automotive'],
    [20, 600],
    3,
    0.3,
    0.2,
    0.7,
  ],
  ['3100', ['Nội thất', 'Đồ gỗ', 'Đồ gỗ mỹ nghệ'], ['Furniture'], [5, 30], 1, 7, 1, 0.2],
  ['3821', ['Môi trường', 'Xử lý chất thải'], ['Environment'], [20, 500], 0.2, 0.5, 0.5, 0.1, true],
  [
    '3822',
    ['Môi trường công nghiệp', 'Xử lý chất thải nguy hại'],
    ['Eco'],
    [10, 300],
    0.3,
    0.2,
    0.3,
    0.2,
    true,
  ],
  [
    '3830',
    ['Tái chế', 'Tái chế phế liệu', 'Thu mua phế liệu'],
    ['Recycling'],
    [10, 400],
    0.2,
    3,
    1.5,
    0.1,
  ],
];

/** Profile per VSIC code, for every sector of `vsic-2018-industrial.csv`. */
export const sectorProfiles: ReadonlyMap<string, SectorProfile> = new Map(
  rows.map(
    ([code, nameWords, foreignWords, discharge, zone, cluster, standalone, foreign, rural]) => [
      code,
      {
        nameWords,
        foreignWords,
        dischargeM3PerDay: discharge,
        zoneWeight: zone,
        clusterWeight: cluster,
        standaloneWeight: standalone,
        foreignShare: foreign,
        ruralOnly: rural ?? false,
      },
    ],
  ),
);
