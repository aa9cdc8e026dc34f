import { type Database, DataLoaderOptions } from '@ipc-hub/db';
import { OtherAgencyRecords } from '@ipc-hub/references';
import type { SubgraphContext } from '@ipc-hub/server-kit';
import DataLoader from 'dataloader';
import type * as schema from './db/schema';
import type { ZoneTenancyModel } from './models';
import { ZonesPlanFacts } from './planReport/ZonesPlanFacts';
import { InvestmentProjectManager } from './projects/InvestmentProjectManager';
import {
  type InvestmentProjectRecord,
  InvestmentProjectRepository,
} from './projects/InvestmentProjectRepository';
import { ZoneTenancyManager } from './tenancies/ZoneTenancyManager';
import { ZoneTenancyRepository } from './tenancies/ZoneTenancyRepository';
import { ZoneManager } from './zones/ZoneManager';
import { type TenancyRecord, type ZoneRecord, ZoneRepository } from './zones/ZoneRepository';

export interface ZonesContext extends SubgraphContext {
  planReport: ZonesPlanFacts;
  zones: {
    repository: ZoneRepository;
    manager: ZoneManager;
    byId: DataLoader<string, ZoneRecord | null>;
    /** a zone's tenants: which facility is in which zone is public */
    tenancies: DataLoader<string, TenancyRecord[]>;
    /** the zone a facility is a tenant of (public) */
    zoneOfFacility: DataLoader<string, ZoneRecord | null>;
    /** a facility's tenancy with its internal details, within the caller's scope */
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
  // Internal records are scoped in their SQL (docs/access.md); the managers write unscoped.
  const tenancies = new ZoneTenancyRepository(db, base.scope);
  const projects = new InvestmentProjectRepository(db, base.scope);
  const references = new OtherAgencyRecords(base.gateway);
  return {
    ...base,
    planReport: new ZonesPlanFacts(db),
    zones: {
      repository: zones,
      manager: new ZoneManager(db, references),
      byId: new DataLoader((ids) => zones.findByIds(ids), DataLoaderOptions),
      tenancies: new DataLoader((ids) => zones.tenancies.ofPlaces(ids), DataLoaderOptions),
      zoneOfFacility: new DataLoader((ids) => zones.ofFacilities(ids), DataLoaderOptions),
      tenancyOfFacility: new DataLoader((ids) => tenancies.ofFacilities(ids), DataLoaderOptions),
      tenancyManager: new ZoneTenancyManager(db, references),
    },
    projects: {
      repository: projects,
      manager: new InvestmentProjectManager(db, references),
      byId: new DataLoader((ids) => projects.findByIds(ids), DataLoaderOptions),
      ofFacility: new DataLoader((ids) => projects.ofFacilities(ids), DataLoaderOptions),
    },
  };
}
