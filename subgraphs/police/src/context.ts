import { type Database, DataLoaderOptions } from '@ipc-hub/db';
import { OtherAgencyRecords } from '@ipc-hub/references';
import type { SubgraphContext } from '@ipc-hub/server-kit';
import DataLoader from 'dataloader';
import { CaseFileManager } from './caseFiles/CaseFileManager';
import { type CaseFileRecord, CaseFileRepository } from './caseFiles/CaseFileRepository';
import { type SuspectRecord, SuspectRepository } from './caseFiles/SuspectRepository';
import type * as schema from './db/schema';
import { InspectionManager } from './inspections/InspectionManager';
import { type InspectionRecord, InspectionRepository } from './inspections/InspectionRepository';
import { PolicePlanFacts } from './planReport/PolicePlanFacts';
import { SanctionManager } from './sanctions/SanctionManager';
import { type SanctionRecord, SanctionRepository } from './sanctions/SanctionRepository';
import { ViolationManager } from './violations/ViolationManager';
import { type ViolationRecord, ViolationRepository } from './violations/ViolationRepository';

export interface PoliceContext extends SubgraphContext {
  violations: {
    repository: ViolationRepository;
    manager: ViolationManager;
    byId: DataLoader<string, ViolationRecord | null>;
    ofFacility: DataLoader<string, ViolationRecord[]>;
    ofInspection: DataLoader<string, ViolationRecord[]>;
  };
  inspections: {
    repository: InspectionRepository;
    manager: InspectionManager;
    byId: DataLoader<string, InspectionRecord | null>;
    ofFacility: DataLoader<string, InspectionRecord[]>;
  };
  sanctions: {
    manager: SanctionManager;
    ofViolation: DataLoader<string, SanctionRecord | null>;
  };
  caseFiles: {
    manager: CaseFileManager;
    ofViolation: DataLoader<string, CaseFileRecord | null>;
    suspects: DataLoader<string, SuspectRecord[]>;
  };
  planReport: PolicePlanFacts;
}

/** Loaders live for one request: every `_entities` call and every per-parent list is one batch. */
export function createPoliceContext(
  base: SubgraphContext,
  db: Database<typeof schema>,
): PoliceContext {
  // Every read is scoped in its SQL (docs/access.md): the public sees published violations and their
  // sanctions, a district officer or an operator also its own records; the managers write unscoped.
  const violations = new ViolationRepository(db, base.scope);
  const inspections = new InspectionRepository(db, base.scope);
  const sanctions = new SanctionRepository(db, base.scope);
  const caseFiles = new CaseFileRepository(db, base.scope);
  const suspects = new SuspectRepository(db, base.scope);
  const references = new OtherAgencyRecords(base.gateway);
  return {
    ...base,
    planReport: new PolicePlanFacts(db),
    violations: {
      repository: violations,
      manager: new ViolationManager(db, references, base.identity),
      byId: new DataLoader((ids) => violations.findByIds(ids), DataLoaderOptions),
      ofFacility: new DataLoader((ids) => violations.ofFacilities(ids), DataLoaderOptions),
      ofInspection: new DataLoader((ids) => violations.ofInspections(ids), DataLoaderOptions),
    },
    inspections: {
      repository: inspections,
      manager: new InspectionManager(db, references),
      byId: new DataLoader((ids) => inspections.findByIds(ids), DataLoaderOptions),
      ofFacility: new DataLoader((ids) => inspections.ofFacilities(ids), DataLoaderOptions),
    },
    sanctions: {
      manager: new SanctionManager(db, base.identity),
      ofViolation: new DataLoader((ids) => sanctions.ofViolations(ids), DataLoaderOptions),
    },
    caseFiles: {
      manager: new CaseFileManager(db),
      ofViolation: new DataLoader((ids) => caseFiles.ofViolations(ids), DataLoaderOptions),
      suspects: new DataLoader((ids) => suspects.ofCaseFiles(ids), DataLoaderOptions),
    },
  };
}
