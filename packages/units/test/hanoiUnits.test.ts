import { describe, expect, it } from 'vitest';
import {
  HANOI_UNITS,
  hanoiUnit,
  placeToday,
  successionOf,
  successorOf,
  unitOnDay,
  unitsCoveredBy,
} from '../src';

describe("Hanoi's units across the reform of 1 July 2025", () => {
  const communes = HANOI_UNITS.filter((u) => u.level === 'COMMUNE');
  const districts = HANOI_UNITS.filter((u) => u.level === 'DISTRICT');

  it('hold the city, 30 districts ending on 30/6/2025 and 126 communes (51 phường, 75 xã) from 1/7/2025', () => {
    expect(hanoiUnit('01')?.level).toBe('PROVINCE');
    expect(districts).toHaveLength(30);
    expect(districts.every((d) => d.validTo === '2025-06-30')).toBe(true);
    expect(communes).toHaveLength(126);
    expect(communes.filter((c) => c.kind === 'phường')).toHaveLength(51);
    expect(communes.filter((c) => c.kind === 'xã')).toHaveLength(75);
    expect(new Set(communes.map((c) => c.code)).size).toBe(126);
    expect(communes.every((c) => /^\d{5}$/.test(c.code) && c.validFrom === '2025-07-01')).toBe(
      true,
    );
  });

  it('link every commune to the districts it was formed from, and back', () => {
    for (const commune of communes) {
      expect(commune.formedFrom.length, commune.name).toBeGreaterThan(0);
      for (const district of commune.formedFrom) {
        expect(hanoiUnit(district)?.successors).toContain(commune.code);
      }
    }
    expect(districts.every((d) => d.successors.length > 0)).toBe(true);
    expect(hanoiUnit('00070')?.name).toBe('Phường Hoàn Kiếm');
    expect(hanoiUnit('00070')?.formedFrom).toEqual(['002', '001']);
  });

  it('cover a former district and its successors, a commune alone', () => {
    expect(unitsCoveredBy('017')).toEqual(['017', ...(hanoiUnit('017')?.successors ?? [])]);
    expect(unitsCoveredBy('00070')).toEqual(['00070']);
    expect(unitsCoveredBy('999')).toEqual([]);
  });

  it('find where a former unit went, whole or split, and pick one successor by the written rule', () => {
    // phường Hàng Bạc went whole into Phường Hoàn Kiếm
    expect(successionOf('002', 'phường Hàng Bạc')).toEqual({
      successors: ['00070'],
      split: false,
    });
    expect(successorOf('002', 'phường Hàng Bạc')).toEqual({ code: '00070', by: 'whole' });
    // phường Cửa Nam was split; one new unit carries its name
    const cuaNam = successionOf('002', 'phường Cửa Nam');
    expect(cuaNam?.split).toBe(true);
    expect(successorOf('002', 'phường Cửa Nam')).toEqual({ code: '00082', by: 'same name' });
    expect(successionOf('002', 'xã Không Có')).toBeUndefined();
  });

  it('place a former address today, falling back to the district when the resolution does not name its unit', () => {
    const cuaNam = { districtCode: '002', formerUnit: 'phường Cửa Nam' };
    expect(placeToday(cuaNam)).toEqual({ code: '00082', by: 'same name' });
    const unnamed = { districtCode: '017', formerUnit: 'xã Không Có' };
    expect(placeToday(unnamed)).toEqual({ code: hanoiUnit('017')?.successors[0], by: 'district' });
    expect(() => placeToday({ districtCode: '00454', formerUnit: 'xã Kim Chung' })).toThrow(
      RangeError,
    );
  });

  it('give a dated record the unit in force on its date: the district until 30/6/2025, the commune from 1/7/2025', () => {
    const place = { districtCode: '002', formerUnit: 'phường Hàng Bạc' };
    expect(unitOnDay(place, '2019-03-04')).toBe('002');
    expect(unitOnDay(place, '2025-06-30')).toBe('002');
    expect(unitOnDay(place, '2025-07-01')).toBe('00070');
    expect(unitOnDay(place, '2026-12-01')).toBe('00070');
  });
});
