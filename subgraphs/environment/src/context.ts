import { allRows } from '@ipc-hub/access';
import { type Database, DataLoaderOptions } from '@ipc-hub/db';
import type { SubgraphContext } from '@ipc-hub/server-kit';
import DataLoader from 'dataloader';
import { type AdminUnitRecord, AdminUnitRepository } from './adminUnits/AdminUnitRepository';
import { ApprovalManager } from './approvals/ApprovalManager';
import { ApprovalRepository } from './approvals/ApprovalRepository';
import type * as schema from './db/schema';
import { FacilityManager } from './facilities/FacilityManager';
import { type FacilityRecord, FacilityRepository } from './facilities/FacilityRepository';
import { LegalRepresentativeRepository } from './facilities/LegalRepresentativeRepository';
import { HazardousWasteManager } from './hazardousWaste/HazardousWasteManager';
import { HazardousWasteRepository } from './hazardousWaste/HazardousWasteRepository';
import type {
  ApprovalModel,
  HazardousWasteRegistrationModel,
  HazardousWasteReportModel,
  HazardousWasteStreamModel,
  PersonModel,
  PlanTaskModel,
  PlanTaskNoteModel,
  PostApprovalInspectionModel,
  SeriousPolluterListingModel,
} from './models';
import { MonitoringFileManager } from './monitoring/files/MonitoringFileManager';
import { MonitoringDataReader } from './monitoring/readings/MonitoringDataReader';
import { MonitoringStationManager } from './monitoring/stations/MonitoringStationManager';
import {
  MonitoringStationRepository,
  type StationRecord,
} from './monitoring/stations/MonitoringStationRepository';
import { PlantLookup } from './monitoring/stations/PlantLookup';
import { EnvironmentPlanFacts } from './planReport/EnvironmentPlanFacts';
import { PlanReports } from './planReport/PlanReports';
import { PlanTaskManager } from './planTasks/PlanTaskManager';
import { PlanTaskRepository } from './planTasks/PlanTaskRepository';
import { SeriousPolluterManager } from './seriousPolluters/SeriousPolluterManager';
import { SeriousPolluterRepository } from './seriousPolluters/SeriousPolluterRepository';

/** A per-request DataLoader over a batch function of a repository. */
const loader = <V>(batch: (keys: readonly string[]) => Promise<V[]>) =>
  new DataLoader<string, V>(batch, DataLoaderOptions);

export interface EnvironmentContext extends SubgraphContext {
  facilities: {
    repository: FacilityRepository;
    manager: FacilityManager;
    byId: DataLoader<string, FacilityRecord | null>;
    legalRepresentative: DataLoader<string, PersonModel | null>;
  };
  adminUnits: {
    repository: AdminUnitRepository;
    byCode: DataLoader<string, AdminUnitRecord | null>;
    children: DataLoader<string, AdminUnitRecord[]>;
  };
  approvals: {
    repository: ApprovalRepository;
    manager: ApprovalManager;
    byId: DataLoader<string, ApprovalModel | null>;
    ofFacility: DataLoader<string, ApprovalModel[]>;
    inspections: DataLoader<string, PostApprovalInspectionModel[]>;
  };
  hazardousWaste: {
    repository: HazardousWasteRepository;
    manager: HazardousWasteManager;
    byId: DataLoader<string, HazardousWasteRegistrationModel | null>;
    ofFacility: DataLoader<string, HazardousWasteRegistrationModel | null>;
    streams: DataLoader<string, HazardousWasteStreamModel[]>;
    reports: DataLoader<string, HazardousWasteReportModel[]>;
  };
  seriousPolluters: {
    repository: SeriousPolluterRepository;
    manager: SeriousPolluterManager;
    byId: DataLoader<string, SeriousPolluterListingModel | null>;
    ofFacility: DataLoader<string, SeriousPolluterListingModel[]>;
  };
  planTasks: {
    repository: PlanTaskRepository;
    manager: PlanTaskManager;
    byId: DataLoader<string, PlanTaskModel | null>;
    notes: DataLoader<string, PlanTaskNoteModel[]>;
  };
  planReports: PlanReports;
  monitoring: {
    stations: MonitoringStationRepository;
    stationManager: MonitoringStationManager;
    fileManager: MonitoringFileManager;
    reader: MonitoringDataReader;
    byId: DataLoader<string, StationRecord | null>;
    ofFacility: DataLoader<string, StationRecord[]>;
    ofZone: DataLoader<string, StationRecord[]>;
    ofCluster: DataLoader<string, StationRecord[]>;
    /** the stations' newest readings at or before a moment (this request's start when none is asked): one batch per moment */
    lastReadingAt(at: Date | null | undefined): DataLoader<number, Date | null>;
  };
}

/** Loaders live for one request: every `_entities` call and every per-parent list is one batch. */
export function createEnvironmentContext(
  base: SubgraphContext,
  db: Database<typeof schema>,
): EnvironmentContext {
  const facilities = new FacilityRepository(db);
  const representatives = new LegalRepresentativeRepository(db);
  const adminUnits = new AdminUnitRepository(db);
  const approvals = new ApprovalRepository(db, base.scope);
  const hazardousWaste = new HazardousWasteRepository(db, base.scope);
  const seriousPolluters = new SeriousPolluterRepository(db, base.scope);
  const planTasks = new PlanTaskRepository(db);
  const stations = new MonitoringStationRepository(db, base.scope);
  const facilityById = loader((ids) => facilities.findByIds(ids));
  const unitByCode = loader((codes) => adminUnits.findByCodes(codes));
  const reader = new MonitoringDataReader(db);
  const requestTime = new Date();
  const lastReadingLoaders = new Map<string, DataLoader<number, Date | null>>();
  return {
    ...base,
    planReports: new PlanReports(
      new EnvironmentPlanFacts(db),
      // the plan's figures count every station; the caller's scope applies to the items shown
      new MonitoringStationRepository(
        db,
        allRows("the plan's city-wide figures count every station"),
      ),
      reader,
      unitByCode,
      base.scope,
      base.seal,
    ),
    facilities: {
      repository: facilities,
      manager: new FacilityManager(db),
      byId: facilityById,
      legalRepresentative: loader((ids) => representatives.ofFacilities(ids)),
    },
    adminUnits: {
      repository: adminUnits,
      byCode: unitByCode,
      children: loader((codes) => adminUnits.findChildren(codes)),
    },
    approvals: {
      repository: approvals,
      manager: new ApprovalManager(db, new PlantLookup(base.gateway)),
      byId: loader((ids) => approvals.findByIds(ids)),
      ofFacility: loader((ids) => approvals.ofFacilities(ids)),
      inspections: loader((ids) => approvals.inspectionsOf(ids)),
    },
    hazardousWaste: {
      repository: hazardousWaste,
      manager: new HazardousWasteManager(db, base.identity),
      byId: loader((ids) => hazardousWaste.findByIds(ids)),
      ofFacility: loader((ids) => hazardousWaste.ofFacilities(ids)),
      streams: loader((ids) => hazardousWaste.streamsOf(ids)),
      reports: loader((ids) => hazardousWaste.reportsOf(ids)),
    },
    seriousPolluters: {
      repository: seriousPolluters,
      manager: new SeriousPolluterManager(db),
      byId: loader((ids) => seriousPolluters.findByIds(ids)),
      ofFacility: loader((ids) => seriousPolluters.ofFacilities(ids)),
    },
    planTasks: {
      repository: planTasks,
      manager: new PlanTaskManager(db, base.identity),
      byId: loader((ids) => planTasks.findByIds(ids)),
      notes: loader((ids) => planTasks.notesOf(ids)),
    },
    monitoring: {
      stations,
      stationManager: new MonitoringStationManager(db, new PlantLookup(base.gateway)),
      fileManager: new MonitoringFileManager(db, base.identity, base.audit),
      reader,
      byId: loader((ids) => stations.findByIds(ids)),
      ofFacility: loader((ids) => stations.ofFacilities(ids)),
      ofZone: loader((ids) => stations.ofZones(ids)),
      ofCluster: loader((ids) => stations.ofClusters(ids)),
      lastReadingAt: (at) => {
        const moment = (at ?? requestTime).toISOString();
        let found = lastReadingLoaders.get(moment);
        if (!found) {
          found = new DataLoader<number, Date | null>(
            (numbers) => reader.lastReadingsAt(numbers, new Date(moment)),
            DataLoaderOptions,
          );
          lastReadingLoaders.set(moment, found);
        }
        return found;
      },
    },
  };
}
