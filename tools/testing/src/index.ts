/** ports for services whose address others must know before they start (in server-kit: the load generator uses them too) */
export { freePort, type ReservedPort, reservePort } from '@ipc-hub/server-kit';
export { type SeededSubgraph, startSeededSubgraph } from './startSeededSubgraph';
export { type StartTestStackOptions, startTestStack, type TestStack } from './startTestStack';
export { startTestSubgraph, testSubgraphConfig } from './startTestSubgraph';
export {
  cloneDatabase,
  type DatabaseTemplates,
  dropTemplates,
  emptyDatabase,
  prepareTemplates,
  type TestDatabase,
} from './testDatabases';
export { testLogger } from './testLogger';
export { gatewayProofHeaders, TEST_SUBGRAPH_SECRET } from './testSubgraphProof';
export { TEST_SECRET, testToken } from './testToken';
