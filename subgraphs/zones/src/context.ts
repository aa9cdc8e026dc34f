import { type Database, DataLoaderOptions } from '@ipc-hub/db';
import type { SubgraphContext } from '@ipc-hub/server-kit';
import DataLoader from 'dataloader';
import type * as schema from './db/schema';
import type { ZoneTenancyModel } from './models';
import { InvestmentProjectManager } from './projects/InvestmentProjectManager';
import {
  type InvestmentProjectRecord,
  InvestmentProjectRepository,
} from './projects/InvestmentProjectRepository';
import { ReferenceChecker } from './references/ReferenceChecker';
import { ZoneTenancyManager } from './tenancies/ZoneTenancyManager';
import { ZoneManager } from './zones/ZoneManager';
import { type TenancyRecord, type ZoneRecord, ZoneRepository } from './zones/ZoneRepository';

export interface ZonesContext extends SubgraphContext {
  zones: {
    repository: ZoneRepository;
    manager: ZoneManager;
    byId: DataLoader<string, ZoneRecord | null>;
    tenancies: DataLoader<string, TenancyRecord[]>;
    tenancyOfFacility: DataLoader<string, ZoneTenancyModel | null>;
    tenancyManager: ZoneTenancyManager;
  };
  projects: {
    repository: InvestmentProjectRepository;
    manager: InvestmentProjectManager;
    byId: DataLoader<string, InvestmentProjectRecord | null>;
    ofFacility: DataLoader<string, InvestmentProjectRecord[]>;
  };
}

/** Loaders live for one request: every `_entities` call and every per-parent list is one batch. */
export function createZonesContext(
  base: SubgraphContext,
  db: Database<typeof schema>,
): ZonesContext {
  const zones = new ZoneRepository(db);
  const projects = new InvestmentProjectRepository(db);
  const references = new ReferenceChecker(base.gateway);
  return {
    ...base,
    zones: {
      repository: zones,
      manager: new ZoneManager(db, base.identity, references),
      byId: new DataLoader((ids) => zones.findByIds(ids), DataLoaderOptions),
      tenancies: new DataLoader((ids) => zones.tenancies.ofPlaces(ids), DataLoaderOptions),
      tenancyOfFacility: new DataLoader(
        (ids) => zones.tenancies.ofFacilities(ids),
        DataLoaderOptions,
      ),
      tenancyManager: new ZoneTenancyManager(db, base.identity, references),
    },
    projects: {
      repository: projects,
      manager: new InvestmentProjectManager(db, base.identity, references),
      byId: new DataLoader((ids) => projects.findByIds(ids), DataLoaderOptions),
      ofFacility: new DataLoader((ids) => projects.ofFacilities(ids), DataLoaderOptions),
    },
  };
}
