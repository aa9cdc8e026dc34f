import { type Database, DataLoaderOptions } from '@ipc-hub/db';
import { OtherAgencyRecords } from '@ipc-hub/references';
import type { SubgraphContext } from '@ipc-hub/server-kit';
import DataLoader from 'dataloader';
import { CertificationManager } from './certifications/CertificationManager';
import {
  type CertificationRecord,
  CertificationRepository,
} from './certifications/CertificationRepository';
import { ClusterManager } from './clusters/ClusterManager';
import {
  type ClusterRecord,
  ClusterRepository,
  type TenancyRecord,
} from './clusters/ClusterRepository';
import type * as schema from './db/schema';
import { IndustryPlanFacts } from './planReport/IndustryPlanFacts';
import { ClusterInvestmentProjectManager } from './projects/ClusterInvestmentProjectManager';
import {
  type ClusterInvestmentProjectRecord,
  ClusterInvestmentProjectRepository,
} from './projects/ClusterInvestmentProjectRepository';
import { RelocationManager } from './relocations/RelocationManager';
import {
  RelocationRepository,
  type RelocationWithDestination,
} from './relocations/RelocationRepository';

export interface IndustryContext extends SubgraphContext {
  planReport: IndustryPlanFacts;
  clusters: {
    repository: ClusterRepository;
    manager: ClusterManager;
    byId: DataLoader<string, ClusterRecord | null>;
    tenancies: DataLoader<string, TenancyRecord[]>;
    tenancyOfFacility: DataLoader<string, { tenancy: TenancyRecord; place: ClusterRecord } | null>;
  };
  relocations: {
    repository: RelocationRepository;
    manager: RelocationManager;
    byId: DataLoader<string, RelocationWithDestination | null>;
    /** keyed by facility id */
    ofFacility: DataLoader<string, RelocationWithDestination | null>;
  };
  projects: {
    repository: ClusterInvestmentProjectRepository;
    manager: ClusterInvestmentProjectManager;
    byId: DataLoader<string, ClusterInvestmentProjectRecord | null>;
  };
  certifications: {
    manager: CertificationManager;
    byId: DataLoader<string, CertificationRecord | null>;
    /** keyed by facility id */
    ofFacility: DataLoader<string, CertificationRecord[]>;
  };
}

/** Loaders live for one request: every `_entities` call and every per-parent list is one batch. */
export function createIndustryContext(
  base: SubgraphContext,
  db: Database<typeof schema>,
): IndustryContext {
  const clusters = new ClusterRepository(db);
  const relocations = new RelocationRepository(db, base.scope);
  const certifications = new CertificationRepository(db, base.scope);
  const references = new OtherAgencyRecords(base.gateway);
  const projects = new ClusterInvestmentProjectRepository(db, base.scope);
  return {
    ...base,
    planReport: new IndustryPlanFacts(db),
    clusters: {
      repository: clusters,
      manager: new ClusterManager(db, references),
      byId: new DataLoader((ids) => clusters.findByIds(ids), DataLoaderOptions),
      tenancies: new DataLoader((ids) => clusters.tenancies.ofPlaces(ids), DataLoaderOptions),
      tenancyOfFacility: new DataLoader(
        (ids) => clusters.tenancies.ofFacilities(ids),
        DataLoaderOptions,
      ),
    },
    relocations: {
      repository: relocations,
      manager: new RelocationManager(db, references),
      byId: new DataLoader((ids) => relocations.findByIds(ids), DataLoaderOptions),
      ofFacility: new DataLoader((ids) => relocations.ofFacilities(ids), DataLoaderOptions),
    },
    projects: {
      repository: projects,
      manager: new ClusterInvestmentProjectManager(db, references),
      byId: new DataLoader((ids) => projects.findByIds(ids), DataLoaderOptions),
    },
    certifications: {
      manager: new CertificationManager(db, references),
      byId: new DataLoader((ids) => certifications.findByIds(ids), DataLoaderOptions),
      ofFacility: new DataLoader((ids) => certifications.ofFacilities(ids), DataLoaderOptions),
    },
  };
}
