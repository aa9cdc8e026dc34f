export { booleanFlag, port, url } from './fields';
export { ConfigError, loadConfig } from './loadConfig';
export { type SubgraphConfig, subgraphConfigShape } from './subgraphConfig';
