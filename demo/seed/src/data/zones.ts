import type { SeedWastewaterPlant, ZoneKind, ZoneStatus } from '../types';

/** A zone of `hanoi-industrial-zones.csv` with what the demo adds to it. */
export interface ZoneRow {
  code: string;
  name: string;
  kind: ZoneKind;
  districtCode: string;
  status: ZoneStatus;
  /** from the CSV; null where it gives none */
  areaHa: number | null;
  developer: string | null;
  plant: SeedWastewaterPlant;
  /** commune-level unit of the tenants' addresses, e.g. "xã Kim Chung" */
  commune: string;
  latitude: number;
  longitude: number;
  /** when the first tenant could have started */
  openedOn: string;
  /** relative share of zone tenants; 0 for zones that take none */
  tenantWeight: number;
  /** replaces the general zone sector mix (the hi-tech park takes only a few sectors) */
  sectorWeights?: Readonly<Record<string, number>>;
}

const noPlant: SeedWastewaterPlant = {
  status: 'NONE',
  capacityM3PerDay: null,
  commissionedOn: null,
  compliant: false,
  autoMonitoring: false,
};

/**
 * Names, kinds, districts, statuses, areas and known plant capacities come
 * from the reference CSV. Developers, commissioning dates, compliance and the
 * capacities the CSV lacks are believable inventions: a few plants are not
 * compliant or lack automatic monitoring so that target 3.1 of the plan reads
 * below 100 %.
 */
export const zones: readonly ZoneRow[] = [
  {
    code: 'THANGLONG',
    name: 'Thăng Long',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '017',
    status: 'OPERATING',
    areaHa: 274,
    developer: 'Công ty TNHH Khu công nghiệp Thăng Long',
    // the 15000 m³/day figure is from a 2010 inventory whose columns may be misaligned
    plant: {
      status: 'OPERATING',
      capacityM3PerDay: 15000,
      commissionedOn: '2005-03-15',
      compliant: true,
      autoMonitoring: true,
    },
    commune: 'xã Kim Chung',
    latitude: 21.116,
    longitude: 105.787,
    openedOn: '1998-01-01',
    tenantWeight: 18,
  },
  {
    code: 'NOIBAI',
    name: 'Nội Bài',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '016',
    status: 'OPERATING',
    areaHa: 114,
    developer: 'Công ty TNHH Phát triển Nội Bài',
    plant: {
      status: 'OPERATING',
      capacityM3PerDay: 4000,
      commissionedOn: '2007-09-20',
      compliant: true,
      autoMonitoring: false,
    },
    commune: 'xã Quang Tiến',
    latitude: 21.228,
    longitude: 105.812,
    openedOn: '1996-01-01',
    tenantWeight: 9,
  },
  {
    code: 'SAIDONGB',
    name: 'Sài Đồng B',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '004',
    status: 'OPERATING',
    areaHa: null,
    developer: 'Công ty Cổ phần Đầu tư và Phát triển hạ tầng Sài Đồng',
    plant: {
      status: 'OPERATING',
      capacityM3PerDay: 3200,
      commissionedOn: '2013-06-25',
      compliant: true,
      autoMonitoring: true,
    },
    commune: 'phường Thạch Bàn',
    latitude: 21.028,
    longitude: 105.914,
    openedOn: '2000-01-01',
    tenantWeight: 7,
  },
  {
    code: 'THACHTHATQUOCOAI',
    name: 'Thạch Thất - Quốc Oai',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '276',
    status: 'OPERATING',
    areaHa: null,
    developer: 'Công ty TNHH MTV Phát triển hạ tầng khu công nghiệp Thạch Thất - Quốc Oai',
    plant: {
      status: 'OPERATING',
      capacityM3PerDay: 1500,
      commissionedOn: '2013-05-30',
      compliant: false,
      autoMonitoring: true,
    },
    commune: 'xã Phùng Xá',
    latitude: 21.036,
    longitude: 105.604,
    openedOn: '2008-01-01',
    tenantWeight: 12,
  },
  {
    code: 'QUANGMINH',
    name: 'Quang Minh',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '250',
    status: 'OPERATING',
    areaHa: null,
    developer: 'Công ty Cổ phần Đầu tư Phát triển hạ tầng Quang Minh',
    plant: {
      status: 'OPERATING',
      capacityM3PerDay: 3500,
      commissionedOn: '2009-11-10',
      compliant: true,
      autoMonitoring: true,
    },
    commune: 'thị trấn Quang Minh',
    latitude: 21.186,
    longitude: 105.776,
    openedOn: '2004-01-01',
    tenantWeight: 16,
  },
  {
    code: 'NAMTHANGLONG',
    name: 'Nam Thăng Long',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '021',
    status: 'OPERATING',
    areaHa: null,
    developer: 'Công ty TNHH MTV Phát triển hạ tầng khu công nghiệp Nam Thăng Long',
    plant: {
      status: 'OPERATING',
      capacityM3PerDay: 2500,
      commissionedOn: '2010-04-01',
      compliant: false,
      autoMonitoring: false,
    },
    commune: 'phường Thụy Phương',
    latitude: 21.089,
    longitude: 105.771,
    openedOn: '2002-01-01',
    tenantWeight: 10,
  },
  {
    code: 'HANOIDAITU',
    name: 'Hà Nội - Đài Tư',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '004',
    status: 'OPERATING',
    areaHa: null,
    developer: 'Công ty Liên doanh TNHH Khu công nghiệp Hà Nội - Đài Tư',
    plant: {
      status: 'OPERATING',
      capacityM3PerDay: 2000,
      commissionedOn: '2008-06-16',
      compliant: true,
      autoMonitoring: true,
    },
    commune: 'phường Sài Đồng',
    latitude: 21.041,
    longitude: 105.909,
    openedOn: '1996-01-01',
    tenantWeight: 5,
  },
  {
    code: 'PHUNGHIA',
    name: 'Phú Nghĩa',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '277',
    status: 'OPERATING',
    areaHa: null,
    developer: 'Công ty Cổ phần Phát triển hạ tầng Phú Nghĩa',
    plant: {
      status: 'OPERATING',
      capacityM3PerDay: 2000,
      commissionedOn: '2012-08-20',
      compliant: true,
      autoMonitoring: false,
    },
    commune: 'xã Phú Nghĩa',
    latitude: 20.926,
    longitude: 105.655,
    openedOn: '2008-01-01',
    tenantWeight: 12,
  },
  {
    code: 'PHUNGHIEP',
    name: 'Phụng Hiệp',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '279',
    status: 'PLANNED',
    areaHa: 174.88,
    developer: null,
    plant: noPlant,
    commune: 'xã Hà Hồi',
    latitude: 20.83,
    longitude: 105.865,
    openedOn: '2030-01-01',
    tenantWeight: 0,
  },
  {
    code: 'BACTHUONGTIN',
    name: 'Bắc Thường Tín',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '279',
    status: 'PLANNED',
    areaHa: 112,
    developer: null,
    plant: noPlant,
    commune: 'xã Duyên Thái',
    latitude: 20.9,
    longitude: 105.86,
    openedOn: '2030-01-01',
    tenantWeight: 0,
  },
  {
    code: 'SACHSOCSON',
    name: 'Sạch Sóc Sơn',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '016',
    status: 'PLANNED',
    areaHa: 302.8,
    developer: null,
    plant: noPlant,
    commune: 'xã Minh Phú',
    latitude: 21.285,
    longitude: 105.83,
    openedOn: '2030-01-01',
    tenantWeight: 0,
  },
  {
    code: 'DONGANH',
    name: 'Đông Anh',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '017',
    status: 'PLANNED',
    areaHa: 300,
    developer: null,
    plant: noPlant,
    commune: 'xã Nguyên Khê',
    latitude: 21.16,
    longitude: 105.862,
    openedOn: '2030-01-01',
    tenantWeight: 0,
  },
  {
    code: 'HOTRONAMHANOI',
    name: 'Hỗ trợ Nam Hà Nội',
    kind: 'INDUSTRIAL_ZONE',
    districtCode: '280',
    status: 'UNDER_CONSTRUCTION',
    areaHa: 488,
    developer: 'Công ty Cổ phần Tập đoàn Hà Mỹ Hưng',
    plant: {
      status: 'UNDER_CONSTRUCTION',
      capacityM3PerDay: 4000,
      commissionedOn: null,
      compliant: false,
      autoMonitoring: false,
    },
    commune: 'xã Đại Xuyên',
    latitude: 20.705,
    longitude: 105.905,
    openedOn: '2023-01-01',
    tenantWeight: 0,
  },
  {
    code: 'HOALAC',
    name: 'Khu công nghệ cao Hòa Lạc',
    kind: 'HIGH_TECH_PARK',
    districtCode: '276',
    status: 'OPERATING',
    areaHa: 1586,
    developer: 'Ban Quản lý Khu công nghệ cao Hòa Lạc',
    // a further 8000 m³/day plant is planned; only the one in service is modelled
    plant: {
      status: 'OPERATING',
      capacityM3PerDay: 6000,
      commissionedOn: '2016-10-10',
      compliant: true,
      autoMonitoring: true,
    },
    commune: 'xã Thạch Hòa',
    latitude: 21.012,
    longitude: 105.523,
    openedOn: '2005-01-01',
    tenantWeight: 8,
    sectorWeights: { '2610': 10, '2100': 4, '2592': 2, '2220': 1, '1050': 1, '2720': 1 },
  },
];
