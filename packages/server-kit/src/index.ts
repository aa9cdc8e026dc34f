/** the registry's entry of an agency, for `defineSubgraph({ agency: agencyOf('industry'), … })` */
export { agencyOf } from '@ipc-hub/registry';
export type { ServiceMetrics } from '@ipc-hub/telemetry';
export { createVerifier } from './createVerifier';
export {
  type AnySubgraphDefinition,
  defineSubgraph,
  type SubgraphDeclaration,
  type SubgraphDefinition,
} from './defineSubgraph';
export { errorFormatter } from './errorFormatter';
export { freePort, type ReservedPort, reservePort } from './freePort';
export { GatewayClient } from './GatewayClient';
export { type GuardedApolloOptions, guardedApolloServer } from './guardedApolloServer';
export { type GuardsOff, guardsTurnedOff } from './guardsOff';
export { findInputProblem, inputHygienePlugin, unsafeCharacter } from './hygiene';
export { effectiveOn, pastDate, recordId, text } from './inputFields';
export {
  type CostEstimate,
  CostIndex,
  estimateCost,
  type FieldCost,
  type ListSize,
  type QueryLimits,
  queryCostPlugin,
  queryLimits,
  UNSIZED_LIST_LENGTH,
} from './limits';
export { loadTypeDefs, readSubgraphSdl } from './loadTypeDefs';
export { mergeResolvers } from './mergeResolvers';
export { openSubgraphDatabase } from './openSubgraphDatabase';
export { bilingual, parseInput } from './parseInput';
export { PREPARE_ONLY_FLAG } from './prepareOnlyFlag';
export { present } from './present';
export { MAX_PURPOSE_LENGTH, purposeFromHeader, purposeHeaderValue } from './purposeHeader';
export type { AdminUnitReference, FacilityReference } from './references';
export { requestLoggingPlugin } from './requestLoggingPlugin';
export { runMain } from './runMain';
export { runMigrations } from './runMigrations';
export { runSubgraph } from './runSubgraph';
export type { SubgraphContext } from './SubgraphContext';
export { DateScalar, DateTimeScalar, MoneyScalar } from './scalars';
export { type ScheduledCheck, startScheduledChecks } from './scheduledChecks';
export { selectsField } from './selectsField';
export {
  type HttpService,
  type HttpServiceOptions,
  listenOn,
  startHttpService,
} from './startHttpService';
export {
  prepareDatabase,
  prepareSubgraph,
  type RunningSubgraph,
  type StartSubgraphOptions,
  startSubgraph,
} from './startSubgraph';
export { todayInHanoi } from './todayInHanoi';
export { type ReadinessTarget, waitUntilReady } from './waitUntilReady';
