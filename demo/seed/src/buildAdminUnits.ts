import { districts } from './data/districts';
import type { SeedAdminUnit } from './types';

/**
 * Hanoi and its 30 district-level units of 2008–2025. The districts end on
 * 2025-06-30 because the reform of 1/7/2025 abolished the district level; the
 * demo facilities still point at them, as the hub keeps history.
 */
export function buildAdminUnits(): SeedAdminUnit[] {
  const province: SeedAdminUnit = {
    code: '01',
    name: 'Hà Nội',
    kind: 'thành phố',
    level: 'PROVINCE',
    parentCode: null,
    validFrom: '2008-08-01',
    validTo: null,
  };
  return [
    province,
    ...districts.map(
      (d): SeedAdminUnit => ({
        code: d.code,
        name: d.name,
        kind: d.kind,
        level: 'DISTRICT',
        parentCode: '01',
        validFrom: '2008-08-01',
        validTo: '2025-06-30',
      }),
    ),
  ];
}
