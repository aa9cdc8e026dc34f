export { apiSchemaOf } from './apiSchema';
export { fieldUsage, unusedFields } from './fieldUsage';
export { knownClients, writeManifests } from './knownClients';
export { readManifests } from './readManifests';
export {
  type AcceptedBreakingChange,
  checkSchema,
  formatSchemaCheck,
  type SchemaCheckResult,
} from './schemaCheck';
