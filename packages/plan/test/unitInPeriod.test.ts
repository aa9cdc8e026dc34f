import { describe, expect, it } from 'vitest';
import { unitInPeriod } from '../src/document';

const dongAnh = { code: '017', name: 'Đông Anh' };

describe('unitInPeriod: the report names a unit as it was in its period', () => {
  it('names a former district before the reform', () => {
    expect(unitInPeriod(dongAnh, '2024-01-01', '2024-12-31')).toBe('huyện Đông Anh');
    expect(unitInPeriod(dongAnh, '2025-04-01', '2025-06-30')).toBe('huyện Đông Anh');
  });

  it('names the communes formed from it after the reform', () => {
    const after = unitInPeriod(dongAnh, '2026-01-01', '2026-12-31');
    expect(after).toMatch(/^địa bàn huyện Đông Anh cũ: /);
    expect(after).toContain('Xã Thư Lâm');
    expect(after).toContain('Xã Mê Linh');
  });

  it('names both for a period across the reform', () => {
    const across = unitInPeriod(dongAnh, '2025-01-01', '2025-12-31');
    expect(across).toMatch(/^huyện Đông Anh \(đến 30\/06\/2025\), từ 01\/07\/2025: /);
    expect(across).toContain('Xã Đông Anh');
  });

  it('keeps a commune and an unknown code as the gateway named them', () => {
    expect(unitInPeriod({ code: '00475', name: 'Xã Thư Lâm' }, '2026-01-01', '2026-12-31')).toBe(
      'Xã Thư Lâm',
    );
  });
});
