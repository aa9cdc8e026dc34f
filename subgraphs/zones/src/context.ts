import { type Database, DataLoaderOptions } from '@ipc-hub/db';
import type { SubgraphContext } from '@ipc-hub/server-kit';
import DataLoader from 'dataloader';
import type * as schema from './db/schema';
import { type TenancyRecord, type ZoneRecord, ZoneRepository } from './zones/ZoneRepository';

export interface ZonesContext extends SubgraphContext {
  zones: {
    repository: ZoneRepository;
    byId: DataLoader<string, ZoneRecord | null>;
    tenancies: DataLoader<string, TenancyRecord[]>;
    tenancyOfFacility: DataLoader<string, { tenancy: TenancyRecord; place: ZoneRecord } | null>;
  };
}

/** Loaders live for one request: every `_entities` call and every per-parent list is one batch. */
export function createZonesContext(
  base: SubgraphContext,
  db: Database<typeof schema>,
): ZonesContext {
  const repository = new ZoneRepository(db);
  return {
    ...base,
    zones: {
      repository,
      byId: new DataLoader((ids) => repository.findByIds(ids), DataLoaderOptions),
      tenancies: new DataLoader((ids) => repository.tenancies.ofPlaces(ids), DataLoaderOptions),
      tenancyOfFacility: new DataLoader(
        (ids) => repository.tenancies.ofFacilities(ids),
        DataLoaderOptions,
      ),
    },
  };
}
