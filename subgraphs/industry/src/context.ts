import { type Database, DataLoaderOptions } from '@ipc-hub/db';
import type { SubgraphContext } from '@ipc-hub/server-kit';
import DataLoader from 'dataloader';
import {
  type ClusterRecord,
  ClusterRepository,
  type TenancyRecord,
} from './clusters/ClusterRepository';
import type * as schema from './db/schema';

export interface IndustryContext extends SubgraphContext {
  clusters: {
    repository: ClusterRepository;
    byId: DataLoader<string, ClusterRecord | null>;
    tenancies: DataLoader<string, TenancyRecord[]>;
    tenancyOfFacility: DataLoader<string, { tenancy: TenancyRecord; place: ClusterRecord } | null>;
  };
}

/** Loaders live for one request: every `_entities` call and every per-parent list is one batch. */
export function createIndustryContext(
  base: SubgraphContext,
  db: Database<typeof schema>,
): IndustryContext {
  const repository = new ClusterRepository(db);
  return {
    ...base,
    clusters: {
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
