import { hanoiUnit, placeToday } from '@ipc-hub/units';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateHanoiSeed, type HanoiSeed, isValidTaxCode } from '../src';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const INNER_CORE = ['001', '002', '006', '007'];

const zoneNames = [
  'Thăng Long',
  'Nội Bài',
  'Sài Đồng B',
  'Thạch Thất - Quốc Oai',
  'Quang Minh',
  'Nam Thăng Long',
  'Hà Nội - Đài Tư',
  'Phú Nghĩa',
  'Phụng Hiệp',
  'Bắc Thường Tín',
  'Sạch Sóc Sơn',
  'Đông Anh',
  'Hỗ trợ Nam Hà Nội',
  'Khu công nghệ cao Hòa Lạc',
];

const namedClusters = [
  'Ngọc Liệp',
  'Đắc Sở',
  'Liên Hà',
  'Phùng Xá (đồ gỗ)',
  'Đông Sơn',
  'Đại Yên',
  'Phụng Châu',
  'Dương Liễu giai đoạn 2',
  'Hồng Hà',
  'Tiền Phong giai đoạn 2',
  'Thắng Lợi',
  'Ngọc Hồi',
  'Phú Minh',
  'Phú Thị',
  'Lai Yên',
  'Ninh Hiệp',
  'Quất Động',
  'Bình Phú',
  'Thanh Oai',
];

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

let seed: HanoiSeed;

beforeAll(() => {
  seed = generateHanoiSeed();
});

describe('generateHanoiSeed determinism', () => {
  it('returns deep-equal data when called twice with the same options', () => {
    expect(generateHanoiSeed({ seed: 75, scale: 1 })).toEqual(seed);
  });

  it('returns byte-identical JSON when called twice with the same options', () => {
    const options = { seed: 12345, scale: 0.5 };
    expect(JSON.stringify(generateHanoiSeed(options))).toBe(
      JSON.stringify(generateHanoiSeed(options)),
    );
  });

  it('returns different facilities and ids for a different seed', () => {
    const other = generateHanoiSeed({ seed: 76 });
    expect(other.facilities.map((f) => f.id)).not.toEqual(seed.facilities.map((f) => f.id));
    expect(other.facilities.map((f) => f.name)).not.toEqual(seed.facilities.map((f) => f.name));
    expect(other.zones[0]?.id).not.toBe(seed.zones[0]?.id);
  });

  it('keeps the scale-1 facility and cluster ids as the first ids at scale 2', () => {
    const doubled = generateHanoiSeed({ scale: 2 });
    expect(doubled.facilities.slice(0, seed.facilities.length).map((f) => f.id)).toEqual(
      seed.facilities.map((f) => f.id),
    );
    expect(doubled.clusters.slice(0, seed.clusters.length).map((c) => c.id)).toEqual(
      seed.clusters.map((c) => c.id),
    );
    expect(doubled.zones.map((z) => z.id)).toEqual(seed.zones.map((z) => z.id));
  });

  it('rejects a scale that is not a positive number', () => {
    expect(() => generateHanoiSeed({ scale: 0 })).toThrow(RangeError);
    expect(() => generateHanoiSeed({ scale: -1 })).toThrow(RangeError);
    expect(() => generateHanoiSeed({ scale: Number.NaN })).toThrow(RangeError);
  });
});

describe('generateHanoiSeed reference data', () => {
  it('lists the 126 communes and wards in force from 1/7/2025, under the city', () => {
    const communes = seed.adminUnits.filter((u) => u.level === 'COMMUNE');
    expect(communes).toHaveLength(126);
    for (const c of communes) {
      expect(c.code).toMatch(/^\d{5}$/);
      expect(c.parentCode).toBe('01');
      expect(c.validFrom).toBe('2025-07-01');
      expect(c.validTo).toBeNull();
      expect(['phường', 'xã']).toContain(c.kind);
    }
    expect(communes.find((c) => c.code === '00070')).toMatchObject({ name: 'Phường Hoàn Kiếm' });
  });

  it('lists the province Hà Nội and its 30 district-level units of 2008–2025', () => {
    const province = seed.adminUnits.filter((u) => u.level === 'PROVINCE');
    expect(province).toEqual([
      {
        code: '01',
        name: 'Hà Nội',
        kind: 'thành phố',
        level: 'PROVINCE',
        parentCode: null,
        validFrom: '2008-08-01',
        validTo: null,
      },
    ]);
    const districts = seed.adminUnits.filter((u) => u.level === 'DISTRICT');
    expect(districts).toHaveLength(30);
    expect(new Set(districts.map((d) => d.code)).size).toBe(30);
    for (const d of districts) {
      expect(d.parentCode).toBe('01');
      expect(d.validFrom).toBe('2008-08-01');
      expect(d.validTo).toBe('2025-06-30');
      expect(['quận', 'huyện', 'thị xã']).toContain(d.kind);
    }
    expect(districts.find((d) => d.code === '269')).toMatchObject({
      name: 'Sơn Tây',
      kind: 'thị xã',
    });
    expect(districts.find((d) => d.code === '017')).toMatchObject({
      name: 'Đông Anh',
      kind: 'huyện',
    });
  });

  it('lists all 40 sectors of the VSIC reference file with their risk class', () => {
    expect(seed.sectors).toHaveLength(40);
    expect(seed.sectors.find((s) => s.code === '1313')?.highRisk).toBe('plan-75');
    expect(seed.sectors.find((s) => s.code === '2592')?.highRisk).toBe('common');
    expect(seed.sectors.find((s) => s.code === '2610')?.highRisk).toBeNull();
  });

  it('includes every zone of the reference file under its real name, with unique ASCII codes', () => {
    expect(seed.zones.map((z) => z.name)).toEqual(zoneNames);
    const codes = seed.zones.map((z) => z.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]+$/);
    expect(seed.zones.find((z) => z.name === 'Khu công nghệ cao Hòa Lạc')?.kind).toBe(
      'HIGH_TECH_PARK',
    );
  });

  it('gives operating zones a plant and planned zones none, with target 3.1 not fully met', () => {
    for (const zone of seed.zones) {
      if (zone.status === 'PLANNED') expect(zone.plant.status).toBe('NONE');
    }
    const operating = seed.zones.filter((z) => z.status === 'OPERATING');
    expect(operating.every((z) => z.plant.status === 'OPERATING')).toBe(true);
    expect(operating.some((z) => !z.plant.compliant || !z.plant.autoMonitoring)).toBe(true);
    expect(seed.zones.find((z) => z.code === 'SAIDONGB')?.plant).toMatchObject({
      capacityM3PerDay: 3200,
      commissionedOn: expect.stringMatching(/^2013-/),
    });
  });
});

describe('generateHanoiSeed clusters', () => {
  it('generates between 60 and 80 clusters including all 19 named ones, with unique names', () => {
    expect(seed.clusters.length).toBeGreaterThanOrEqual(60);
    expect(seed.clusters.length).toBeLessThanOrEqual(80);
    const names = seed.clusters.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of namedClusters) expect(names).toContain(name);
    expect(names.some((n) => n.includes('Cụm công nghiệp'))).toBe(false);
  });

  it('places no cluster in the four inner core districts', () => {
    for (const cluster of seed.clusters)
      expect(INNER_CORE).not.toContain(cluster.formerPlace.districtCode);
  });

  it('gives about 21 of the clusters an operating central plant', () => {
    const withPlant = seed.clusters.filter((c) => c.plant.status === 'OPERATING');
    expect(withPlant.length).toBeGreaterThanOrEqual(18);
    expect(withPlant.length).toBeLessThanOrEqual(24);
    for (const c of withPlant) expect(c.status).toBe('OPERATING');
  });

  it('has mostly operating clusters run mostly by district committees', () => {
    const status = countBy(seed.clusters, (c) => c.status);
    const developers = countBy(seed.clusters, (c) => c.developerKind);
    expect(status.get('OPERATING') ?? 0).toBeGreaterThan(seed.clusters.length / 2);
    expect(developers.get('DISTRICT_COMMITTEE') ?? 0).toBeGreaterThan(seed.clusters.length / 2);
    for (const c of seed.clusters) expect(c.areaHa).toBeGreaterThan(0);
  });
});

describe('generateHanoiSeed facilities', () => {
  it('generates between 1400 and 1600 facilities at scale 1', () => {
    expect(seed.facilities.length).toBeGreaterThanOrEqual(1400);
    expect(seed.facilities.length).toBeLessThanOrEqual(1600);
  });

  it('places most facilities in zones and clusters and between 150 and 450 standalone', () => {
    const settings = countBy(seed.facilities, (f) => f.setting);
    const standalone = settings.get('STANDALONE') ?? 0;
    expect(standalone).toBeGreaterThanOrEqual(150);
    expect(standalone).toBeLessThanOrEqual(450);
    expect(settings.get('ZONE') ?? 0).toBeGreaterThan(settings.get('CLUSTER') ?? 0);
    expect(settings.get('CLUSTER') ?? 0).toBeGreaterThan(standalone);
  });

  it('puts some standalone facilities in the inner districts, where the plan wants them moved', () => {
    const inner = seed.facilities.filter(
      (f) => f.setting === 'STANDALONE' && INNER_CORE.includes(f.formerPlace.districtCode),
    );
    expect(inner.length).toBeGreaterThan(0);
  });

  it('uses unique version-4 UUIDs for every entity', () => {
    const ids = [
      ...seed.facilities.map((f) => f.id),
      ...seed.zones.map((z) => z.id),
      ...seed.clusters.map((c) => c.id),
      ...seed.violations.map((v) => v.id),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('gives facilities unique names and unique valid Hanoi tax codes', () => {
    const names = seed.facilities.map((f) => f.name);
    const taxCodes = seed.facilities.map((f) => f.taxCode);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(taxCodes).size).toBe(taxCodes.length);
    for (const code of taxCodes) {
      expect(isValidTaxCode(code)).toBe(true);
      expect(code.startsWith('01')).toBe(true);
    }
  });

  it('makes about 3 % of facilities branches of another facility of the seed', () => {
    const branches = seed.facilities.filter((f) => f.taxCode.includes('-'));
    expect(branches.length).toBeGreaterThanOrEqual(15);
    expect(branches.length).toBeLessThanOrEqual(75);
    const taxCodes = new Set(seed.facilities.map((f) => f.taxCode));
    for (const branch of branches) {
      expect(branch.taxCode).toMatch(/^\d{10}-\d{3}$/);
      expect(taxCodes.has(branch.taxCode.slice(0, 10))).toBe(true);
    }
  });

  it('places every facility, zone and cluster in the commune in force today, from the former district it stood in', () => {
    const level = new Map(seed.adminUnits.map((u) => [u.code, u.level]));
    for (const placed of [...seed.facilities, ...seed.zones, ...seed.clusters]) {
      expect(level.get(placed.adminUnitCode)).toBe('COMMUNE');
      expect(level.get(placed.formerPlace.districtCode)).toBe('DISTRICT');
      expect(placed.adminUnitCode).toBe(placeToday(placed.formerPlace).code);
      expect(hanoiUnit(placed.adminUnitCode)?.formedFrom).toContain(
        placed.formerPlace.districtCode,
      );
    }
  });

  it('keeps every facility inside Hanoi with coordinates rounded to six decimals', () => {
    for (const f of seed.facilities) {
      expect(f.latitude).toBeGreaterThan(20.5);
      expect(f.latitude).toBeLessThan(21.45);
      expect(f.longitude).toBeGreaterThan(105.25);
      expect(f.longitude).toBeLessThan(106.05);
      expect(Math.round(f.latitude * 1e6) / 1e6).toBe(f.latitude);
      expect(Math.round(f.longitude * 1e6) / 1e6).toBe(f.longitude);
    }
  });

  it('has about 85 % operating facilities and no start date only for those under construction', () => {
    const operating = seed.facilities.filter((f) => f.status === 'OPERATING').length;
    expect(operating / seed.facilities.length).toBeGreaterThan(0.78);
    expect(operating / seed.facilities.length).toBeLessThan(0.92);
    for (const f of seed.facilities) {
      expect(f.startedOperationOn === null).toBe(f.status === 'UNDER_CONSTRUCTION');
      if (f.startedOperationOn !== null) {
        expect(f.startedOperationOn >= '1995-01-01').toBe(true);
        expect(f.startedOperationOn <= '2026-06-30').toBe(true);
      }
      if (f.dischargeM3PerDay !== null) {
        expect(f.dischargeM3PerDay).toBeGreaterThanOrEqual(5);
        expect(f.dischargeM3PerDay).toBeLessThanOrEqual(2000);
      }
    }
  });

  it('addresses zone and cluster tenants by their lot and site', () => {
    for (const f of seed.facilities) {
      expect(f.address.endsWith(', Hà Nội')).toBe(true);
      if (f.setting === 'ZONE') expect(f.address).toMatch(/^Lô CN-\d+, (KCN |Khu công nghệ cao)/);
      if (f.setting === 'CLUSTER') expect(f.address).toMatch(/^CCN /);
      if (f.setting === 'STANDALONE') expect(f.address).toMatch(/^Số \d+ /);
    }
  });

  it('writes addresses as they are since 1/7/2025: the commune of today, the city, no district', () => {
    for (const f of seed.facilities) {
      const commune = hanoiUnit(f.adminUnitCode);
      expect(commune?.level).toBe('COMMUNE');
      expect(f.address.endsWith(`, ${commune?.name}, Hà Nội`)).toBe(true);
      expect(f.address).not.toMatch(/(^|, )(quận|huyện|thị xã) /);
    }
  });
});

describe('generateHanoiSeed tenancies', () => {
  it('links one zone tenancy per zone facility to an existing zone of the same district', () => {
    const facilities = new Map(seed.facilities.map((f) => [f.id, f]));
    const zones = new Map(seed.zones.map((z) => [z.id, z]));
    const zoneFacilities = seed.facilities.filter((f) => f.setting === 'ZONE');
    expect(seed.zoneTenancies).toHaveLength(zoneFacilities.length);
    expect(new Set(seed.zoneTenancies.map((t) => t.facilityId)).size).toBe(zoneFacilities.length);
    for (const t of seed.zoneTenancies) {
      const facility = facilities.get(t.facilityId);
      const zone = zones.get(t.zoneId);
      expect(facility?.setting).toBe('ZONE');
      expect(zone).toBeDefined();
      expect(facility?.adminUnitCode).toBe(zone?.adminUnitCode);
      expect(t.investmentCertificate).toMatch(/\d{10,12}$/);
      if (facility?.startedOperationOn) expect(t.since <= facility.startedOperationOn).toBe(true);
      if (zone?.plant.status !== 'OPERATING') expect(t.connectedToPlant).toBe(false);
      if (zone?.status !== 'OPERATING') expect(facility?.status).toBe('UNDER_CONSTRUCTION');
    }
    const connected = seed.zoneTenancies.filter((t) => t.connectedToPlant).length;
    expect(connected / seed.zoneTenancies.length).toBeGreaterThan(0.8);
  });

  it('links one cluster tenancy per cluster facility to an existing cluster of the same district', () => {
    const facilities = new Map(seed.facilities.map((f) => [f.id, f]));
    const clusters = new Map(seed.clusters.map((c) => [c.id, c]));
    const clusterFacilities = seed.facilities.filter((f) => f.setting === 'CLUSTER');
    expect(seed.clusterTenancies).toHaveLength(clusterFacilities.length);
    expect(new Set(seed.clusterTenancies.map((t) => t.facilityId)).size).toBe(
      clusterFacilities.length,
    );
    for (const t of seed.clusterTenancies) {
      const facility = facilities.get(t.facilityId);
      const cluster = clusters.get(t.clusterId);
      expect(facility?.setting).toBe('CLUSTER');
      expect(cluster).toBeDefined();
      expect(cluster?.status).not.toBe('PLANNED');
      expect(facility?.adminUnitCode).toBe(cluster?.adminUnitCode);
      if (cluster?.status !== 'OPERATING') expect(facility?.status).toBe('UNDER_CONSTRUCTION');
    }
  });
});

describe('generateHanoiSeed violations', () => {
  it('generates about 400 violations over about a fifth of the facilities', () => {
    expect(seed.violations.length).toBeGreaterThanOrEqual(350);
    expect(seed.violations.length).toBeLessThanOrEqual(450);
    const offenders = new Set(seed.violations.map((v) => v.facilityId)).size;
    expect(offenders / seed.facilities.length).toBeGreaterThan(0.15);
    expect(offenders / seed.facilities.length).toBeLessThan(0.25);
    expect(offenders).toBeLessThan(seed.violations.length);
  });

  it('links every violation to an existing facility that has operated, in the unit in force on its date', () => {
    const facilities = new Map(seed.facilities.map((f) => [f.id, f]));
    for (const v of seed.violations) {
      const facility = facilities.get(v.facilityId);
      expect(facility).toBeDefined();
      const formerPlace = facility?.formerPlace ?? { districtCode: '', formerUnit: '' };
      expect(v.adminUnitCode).toBe(
        v.detectedOn < '2025-07-01' ? formerPlace.districtCode : facility?.adminUnitCode,
      );
      expect(facility?.startedOperationOn).not.toBeNull();
      expect(v.detectedOn >= (facility?.startedOperationOn ?? '')).toBe(true);
      expect(v.detectedOn >= '2012-06-01' && v.detectedOn <= '2026-10-31').toBe(true);
    }
  });

  it('makes wastewater exceedance the most common category', () => {
    const categories = [...countBy(seed.violations, (v) => v.category)].sort((a, b) => b[1] - a[1]);
    expect(categories[0]?.[0]).toBe('WASTEWATER_EXCEEDANCE');
  });

  it('records a parameter and factor for exceedances only', () => {
    for (const v of seed.violations) {
      if (v.category === 'WASTEWATER_EXCEEDANCE') {
        expect(v.parameter).toMatch(/^[A-Z0-9]+$/);
        expect(v.exceedanceFactor).toBeGreaterThanOrEqual(1.1);
        expect(v.exceedanceFactor).toBeLessThanOrEqual(10);
        expect(Math.round((v.exceedanceFactor ?? 0) * 10) / 10).toBe(v.exceedanceFactor);
      } else if (v.category !== 'EMISSION_EXCEEDANCE') {
        expect(v.parameter).toBeNull();
        expect(v.exceedanceFactor).toBeNull();
      }
    }
  });

  it('cites Nghị định 45/2022 after it took effect and Nghị định 155/2016 before', () => {
    for (const v of seed.violations) {
      const decree = v.detectedOn >= '2022-08-25' ? '45/2022/NĐ-CP' : '155/2016/NĐ-CP';
      expect(v.legalBasis).toMatch(new RegExp(`^Nghị định ${decree}, Điều \\d+, khoản \\d+$`));
    }
  });

  it('publishes about half of the settled violations and never detected or dismissed ones', () => {
    const settled = seed.violations.filter((v) =>
      ['SANCTIONED', 'REMEDIED', 'PROSECUTED'].includes(v.status),
    );
    const published = settled.filter((v) => v.published).length / settled.length;
    expect(published).toBeGreaterThan(0.35);
    expect(published).toBeLessThan(0.65);
    for (const v of seed.violations) {
      if (v.status === 'DETECTED' || v.status === 'DISMISSED') expect(v.published).toBe(false);
    }
    const old = seed.violations.filter((v) => v.detectedOn < '2020-01-01');
    const remedied = old.filter((v) => v.status === 'REMEDIED').length;
    expect(remedied / old.length).toBeGreaterThan(0.5);
  });
});

describe('generateHanoiSeed scale', () => {
  it('roughly doubles facilities, clusters and violations at scale 2 but keeps the zones', () => {
    const doubled = generateHanoiSeed({ scale: 2 });
    expect(doubled.facilities.length / seed.facilities.length).toBeCloseTo(2, 1);
    expect(doubled.clusters.length / seed.clusters.length).toBeCloseTo(2, 1);
    expect(doubled.violations.length / seed.violations.length).toBeCloseTo(2, 1);
    expect(doubled.zones).toEqual(seed.zones);
    expect(doubled.adminUnits).toEqual(seed.adminUnits);
  });

  // Speed is measured in `pnpm bench`, not asserted here: a stopwatch in a test fails on a busy machine.
  it('generates 15 000 facilities with unique names and tax codes at scale 10', () => {
    const large = generateHanoiSeed({ scale: 10 });
    expect(large.facilities).toHaveLength(15_000);
    expect(new Set(large.facilities.map((f) => f.name)).size).toBe(15_000);
    expect(new Set(large.facilities.map((f) => f.taxCode)).size).toBe(15_000);
    expect(new Set(large.clusters.map((c) => c.name)).size).toBe(large.clusters.length);
  });
});
