/** the registry's entry of an agency, for `defineSubgraph({ agency: agencyOf('industry'), … })` */
export { agencyOf } from '@ipc-hub/registry';
export type { ServiceMetrics } from '@ipc-hub/telemetry';
export { errorFormatter } from './graphql/errorFormatter';
export { type GuardedApolloOptions, guardedApolloServer } from './graphql/guardedApolloServer';
export { findInputProblem, inputHygienePlugin, unsafeCharacter } from './graphql/hygiene';
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
} from './graphql/limits';
export { loadTypeDefs, readSubgraphSdl } from './graphql/loadTypeDefs';
export { requestLoggingPlugin } from './graphql/requestLoggingPlugin';
export { freePort, type ReservedPort, reservePort } from './http/freePort';
export {
  type HttpService,
  type HttpServiceOptions,
  listenOn,
  startHttpService,
} from './http/startHttpService';
export { type ReadinessTarget, waitUntilReady } from './http/waitUntilReady';
export { createVerifier } from './identity/createVerifier';
export {
  MAX_PURPOSE_LENGTH,
  purposeFromHeader,
  purposeHeaderValue,
} from './identity/purposeHeader';
export { effectiveOn, pastDate, recordId, text } from './input/inputFields';
export { bilingual, parseInput } from './input/parseInput';
export { todayInHanoi } from './input/todayInHanoi';
export { runMain } from './process/runMain';
export { mergeResolvers } from './resolvers/mergeResolvers';
export { present } from './resolvers/present';
export type { AdminUnitReference, FacilityReference } from './resolvers/references';
export { DateScalar, DateTimeScalar, MoneyScalar } from './resolvers/scalars';
export { selectsField } from './resolvers/selectsField';
export {
  type AnySubgraphDefinition,
  defineSubgraph,
  type SubgraphDeclaration,
  type SubgraphDefinition,
} from './subgraph/defineSubgraph';
export { GatewayClient } from './subgraph/GatewayClient';
export { type GuardsOff, guardsTurnedOff } from './subgraph/guardsOff';
export { openSubgraphDatabase } from './subgraph/openSubgraphDatabase';
export { PREPARE_ONLY_FLAG } from './subgraph/prepareOnlyFlag';
export { runMigrations } from './subgraph/runMigrations';
export { runSubgraph } from './subgraph/runSubgraph';
export type { SubgraphContext } from './subgraph/SubgraphContext';
export { type ScheduledCheck, startScheduledChecks } from './subgraph/scheduledChecks';
export {
  prepareDatabase,
  prepareSubgraph,
  type RunningSubgraph,
  type StartSubgraphOptions,
  startSubgraph,
} from './subgraph/startSubgraph';
