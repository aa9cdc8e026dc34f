export { type AuditEntryDraft, AuditRecorder } from './AuditRecorder';
export { type AuditEntry, AuditTrailRepository } from './AuditTrailRepository';
export { AUDIT_LOG_TRIGGERS, auditLog } from './auditLog';
export { type AuditedContext, auditTrailPlugin } from './auditTrailPlugin';
export {
  type AuditEntryConnectionModel,
  type AuditEntryEdgeModel,
  auditTrailResolver,
} from './auditTrailResolver';
export { AUDIT_TRAIL_SDL } from './auditTrailSdl';
export {
  type AccessContext,
  buildShield,
  CASE_DATA_READERS,
  PERSONAL_DATA_READERS,
  shieldRules,
} from './buildShield';
export { type DataClass, dataClassesOf } from './dataClasses';
export {
  type AccessDeclaration,
  defineAccess,
  placedRecord,
  type RecordScopeOf,
  type RecordScopes,
} from './defineAccess';
export {
  AGENCY_ROLES,
  allRows,
  inScope,
  type RecordScope,
  type RowScope,
  rowScopeOf,
  type ScopedColumns,
  scopeCondition,
  unitsInScope,
} from './rowScope';
export { splitByScope } from './splitByScope';
export { WRITER_TAG, writersOf } from './writers';
