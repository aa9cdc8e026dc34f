import type { Connection } from '@ipc-hub/db';
import type { AdminUnitRecord } from './adminUnits/AdminUnitRepository';
import type * as schema from './db/schema';
import type { FacilityRecord } from './facilities/FacilityRepository';
import type { IngestResult } from './monitoring/files/MonitoringIngestion';
import type { Regulation } from './monitoring/judging/Regulation';
import type { SeriesPoint } from './monitoring/readings/ReadingRepository';
import type { StationRecord } from './monitoring/stations/MonitoringStationRepository';
import type { MonitoringParameter } from './monitoring/stations/ParameterCatalog';

/** What each GraphQL type's resolvers receive as their parent (see codegen.json). */
export type FacilityModel = FacilityRecord;
export type FacilityConnectionModel = Connection<FacilityRecord>;
export type FacilityEdgeModel = FacilityConnectionModel['edges'][number];
export type AdminUnitModel = AdminUnitRecord;
export type AdminUnitConnectionModel = Connection<AdminUnitRecord>;
export type AdminUnitEdgeModel = AdminUnitConnectionModel['edges'][number];
export type PersonModel = typeof schema.legalRepresentatives.$inferSelect;
export type ApprovalModel = typeof schema.approvals.$inferSelect;
export type ApprovalConnectionModel = Connection<ApprovalModel>;
export type ApprovalEdgeModel = ApprovalConnectionModel['edges'][number];
export type PostApprovalInspectionModel = typeof schema.postApprovalInspections.$inferSelect;
export type HazardousWasteRegistrationModel =
  typeof schema.hazardousWasteRegistrations.$inferSelect;
export type HazardousWasteRegistrationConnectionModel = Connection<HazardousWasteRegistrationModel>;
export type HazardousWasteRegistrationEdgeModel =
  HazardousWasteRegistrationConnectionModel['edges'][number];
export type HazardousWasteStreamModel = typeof schema.hazardousWasteStreams.$inferSelect;
export type HazardousWasteReportModel = typeof schema.hazardousWasteReports.$inferSelect;
export type SeriousPolluterListingModel = typeof schema.seriousPolluterListings.$inferSelect;
export type SeriousPolluterListingConnectionModel = Connection<SeriousPolluterListingModel>;
export type SeriousPolluterListingEdgeModel =
  SeriousPolluterListingConnectionModel['edges'][number];
export type PlanTaskModel = typeof schema.planTasks.$inferSelect;
export type PlanTaskNoteModel = typeof schema.planTaskNotes.$inferSelect;
export type MonitoringStationModel = StationRecord;
export type MonitoringStationConnectionModel = Connection<StationRecord>;
export type MonitoringStationEdgeModel = MonitoringStationConnectionModel['edges'][number];
export type MonitoringParameterModel = MonitoringParameter;
export type RegulationModel = Regulation;
export type {
  DataGapModel,
  ExceedanceModel,
  StationLimitModel,
} from './monitoring/readings/MonitoringDataReader';
export type ReadingModel = SeriesPoint;
export type IngestResultModel = IngestResult;
/** A zone of HIZA's or a cluster of DOIT's, as DONRE knows it: its id. */
export type ZoneReferenceModel = { id: string };
export type ClusterReferenceModel = { id: string };
export type ProjectReferenceModel = { id: string };
