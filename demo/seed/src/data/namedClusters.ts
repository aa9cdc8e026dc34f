/** A cluster of `hanoi-industrial-clusters.csv`. */
export interface NamedClusterRow {
  name: string;
  districtCode: string;
  /** commune the cluster lies in */
  commune: string;
  /** from the CSV; null where it gives none */
  areaHa: number | null;
  /** the CSV notes a central plant planned for 2014 */
  plantPlanned2014: boolean;
}

/**
 * The named clusters. Phú Minh has no district in the CSV; the demo puts it in
 * Sóc Sơn, which has a commune of that name. Communes are recalled.
 */
export const namedClusters: readonly NamedClusterRow[] = [
  {
    name: 'Ngọc Liệp',
    districtCode: '275',
    commune: 'Ngọc Liệp',
    areaHa: 37.78,
    plantPlanned2014: false,
  },
  { name: 'Đắc Sở', districtCode: '274', commune: 'Đắc Sở', areaHa: 6.28, plantPlanned2014: false },
  {
    name: 'Liên Hà',
    districtCode: '017',
    commune: 'Liên Hà',
    areaHa: 2.8,
    plantPlanned2014: false,
  },
  {
    name: 'Phùng Xá (đồ gỗ)',
    districtCode: '276',
    commune: 'Phùng Xá',
    areaHa: 4.2,
    plantPlanned2014: false,
  },
  {
    name: 'Đông Sơn',
    districtCode: '277',
    commune: 'Đông Sơn',
    areaHa: 4.8,
    plantPlanned2014: false,
  },
  {
    name: 'Đại Yên',
    districtCode: '277',
    commune: 'Đại Yên',
    areaHa: 1.4,
    plantPlanned2014: false,
  },
  {
    name: 'Phụng Châu',
    districtCode: '277',
    commune: 'Phụng Châu',
    areaHa: 4.5,
    plantPlanned2014: false,
  },
  {
    name: 'Dương Liễu giai đoạn 2',
    districtCode: '274',
    commune: 'Dương Liễu',
    areaHa: 17,
    plantPlanned2014: false,
  },
  { name: 'Hồng Hà', districtCode: '273', commune: 'Hồng Hà', areaHa: 6, plantPlanned2014: false },
  {
    name: 'Tiền Phong giai đoạn 2',
    districtCode: '279',
    commune: 'Tiền Phong',
    areaHa: 8.1,
    plantPlanned2014: false,
  },
  {
    name: 'Thắng Lợi',
    districtCode: '279',
    commune: 'Thắng Lợi',
    areaHa: 8.887,
    plantPlanned2014: false,
  },
  {
    name: 'Ngọc Hồi',
    districtCode: '020',
    commune: 'Ngọc Hồi',
    areaHa: 56.41,
    plantPlanned2014: false,
  },
  {
    name: 'Phú Minh',
    districtCode: '016',
    commune: 'Phú Minh',
    areaHa: null,
    plantPlanned2014: false,
  },
  {
    name: 'Phú Thị',
    districtCode: '018',
    commune: 'Phú Thị',
    areaHa: null,
    plantPlanned2014: true,
  },
  {
    name: 'Lai Yên',
    districtCode: '274',
    commune: 'Lại Yên',
    areaHa: null,
    plantPlanned2014: true,
  },
  {
    name: 'Ninh Hiệp',
    districtCode: '018',
    commune: 'Ninh Hiệp',
    areaHa: null,
    plantPlanned2014: true,
  },
  {
    name: 'Quất Động',
    districtCode: '279',
    commune: 'Quất Động',
    areaHa: null,
    plantPlanned2014: true,
  },
  {
    name: 'Bình Phú',
    districtCode: '276',
    commune: 'Bình Phú',
    areaHa: null,
    plantPlanned2014: true,
  },
  {
    name: 'Thanh Oai',
    districtCode: '278',
    commune: 'Bích Hòa',
    areaHa: null,
    plantPlanned2014: true,
  },
];
