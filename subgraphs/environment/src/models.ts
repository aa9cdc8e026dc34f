import type { Connection } from '@ipc-hub/db';
import type { AdminUnitRecord } from './adminUnits/AdminUnitRepository';
import type * as schema from './db/schema';
import type { FacilityRecord } from './facilities/FacilityRepository';

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
