import { type Database, DataLoaderOptions } from '@ipc-hub/db';
import type { SubgraphContext } from '@ipc-hub/server-kit';
import DataLoader from 'dataloader';
import type * as schema from './db/schema';
import { type ViolationRecord, ViolationRepository } from './violations/ViolationRepository';

export interface PoliceContext extends SubgraphContext {
  violations: {
    repository: ViolationRepository;
    byId: DataLoader<string, ViolationRecord | null>;
    ofFacility: DataLoader<string, ViolationRecord[]>;
  };
}

/** Loaders live for one request: every `_entities` call and every per-parent list is one batch. */
export function createPoliceContext(
  base: SubgraphContext,
  db: Database<typeof schema>,
): PoliceContext {
  const repository = new ViolationRepository(db);
  return {
    ...base,
    violations: {
      repository,
      byId: new DataLoader((ids) => repository.findByIds(ids), DataLoaderOptions),
      ofFacility: new DataLoader((ids) => repository.ofFacilities(ids), DataLoaderOptions),
    },
  };
}
