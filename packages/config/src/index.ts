export { booleanFlag, nodeEnv, port, url } from './fields';
export { ConfigError, loadConfig } from './loadConfig';
export {
  type SubgraphConfig,
  subgraphConfigShape,
  subgraphProductionChecks,
} from './subgraphConfig';
