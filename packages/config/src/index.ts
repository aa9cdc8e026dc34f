export { booleanFlag, nodeEnv, port, url } from './fields';
export { ConfigError, loadConfig } from './loadConfig';
export {
  type QueryLimitsConfig,
  queryLimitsChecks,
  queryLimitsConfigShape,
} from './queryLimitsConfig';
export {
  executionConfigShape,
  type SubgraphConfig,
  subgraphConfigShape,
  subgraphProductionChecks,
} from './subgraphConfig';
