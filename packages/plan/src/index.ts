export {
  type CentralPlant,
  centralPlantShortfalls,
  type DeclaredCentralPlant,
  plantOperatingShortfall,
  wastewaterEvidenceBy,
} from './centralPlant';
export {
  type ComputedIndicator,
  type ComputedItem,
  countedItem,
  indicatorOf,
  placeIndicator,
  type ReceivedIndicator,
  receivedIndicators,
  type Shortfall,
  type SubjectType,
} from './computedIndicator';
export {
  EVIDENCE_DAYS,
  type EvidenceWindow,
  evidenceWindow,
  type ParameterExceedance,
  type StationEvidence,
  standardShortfalls,
  stationWindow,
  TRANSMITTING_SHARE,
  transmittingShortfalls,
  vietnamToday,
} from './evidence';
export {
  INDICATORS,
  type IndicatorCode,
  type IndicatorDefinition,
  indicatorDefinition,
} from './indicators';
export {
  type ApprovedSubjects,
  approvedSubjectsOf,
  type HandedApprovals,
  mergeIndicatorShares,
  projectIndicator,
  type RegisteredProject,
} from './investmentProjects';
export { type PlanPeriod, parsePlanPeriod, quartersEndingWith } from './period';
export { INVESTMENT_PROJECT_SDL, PLAN_FACTS_SDL } from './planFactsSdl';
export {
  type HandedReport,
  type OpenedReport,
  oncePerReport,
  openHandedReport,
  type PlanReportReference,
} from './planReportReference';
export { type PlanReportKey, parsePlanReportId, planReportId } from './reportId';
export {
  type HiddenItems,
  readOnce,
  splitIndicatorItems,
  withHiddenItems,
} from './scopedIndicators';
export { vietnameseDate } from './vietnameseDate';
