import { type Database, DataLoaderOptions } from '@ipc-hub/db';
import type { SubgraphContext } from '@ipc-hub/server-kit';
import DataLoader from 'dataloader';
import { type AdminUnitRecord, AdminUnitRepository } from './adminUnits/AdminUnitRepository';
import type * as schema from './db/schema';
import { FacilityManager } from './facilities/FacilityManager';
import { type FacilityRecord, FacilityRepository } from './facilities/FacilityRepository';

export interface EnvironmentContext extends SubgraphContext {
  facilities: {
    repository: FacilityRepository;
    manager: FacilityManager;
    byId: DataLoader<string, FacilityRecord | null>;
  };
  adminUnits: {
    repository: AdminUnitRepository;
    byCode: DataLoader<string, AdminUnitRecord | null>;
    children: DataLoader<string, AdminUnitRecord[]>;
  };
}

/** Loaders live for one request: every `_entities` call and every per-parent list is one batch. */
export function createEnvironmentContext(
  base: SubgraphContext,
  db: Database<typeof schema>,
): EnvironmentContext {
  const facilities = new FacilityRepository(db);
  const adminUnits = new AdminUnitRepository(db);
  return {
    ...base,
    facilities: {
      repository: facilities,
      manager: new FacilityManager(db, base.identity),
      byId: new DataLoader((ids) => facilities.findByIds(ids), DataLoaderOptions),
    },
    adminUnits: {
      repository: adminUnits,
      byCode: new DataLoader((codes) => adminUnits.findByCodes(codes), DataLoaderOptions),
      children: new DataLoader((codes) => adminUnits.findChildren(codes), DataLoaderOptions),
    },
  };
}
