import { HANOI_UNITS } from '@ipc-hub/units';
import type { SeedAdminUnit } from './types';

/**
 * Hanoi's units across the reform of 1/7/2025, taken from @ipc-hub/units
 * (the one list every subgraph and check uses): the city, its 30
 * district-level units of 2008–2025 (ending 2025-06-30) and the 126
 * communes and wards in force from 2025-07-01. Parents come first.
 */
export function buildAdminUnits(): SeedAdminUnit[] {
  return HANOI_UNITS.map(
    (u): SeedAdminUnit => ({
      code: u.code,
      name: u.name,
      kind: u.kind,
      level: u.level,
      parentCode: u.parentCode,
      validFrom: u.validFrom,
      validTo: u.validTo,
    }),
  );
}
