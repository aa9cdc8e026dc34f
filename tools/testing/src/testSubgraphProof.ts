import { createSubgraphProof, SUBGRAPH_PROOF_HEADER } from '@ipc-hub/identity';

/** HUB_SUBGRAPH_SECRET of every test stack: the gateway proves its calls to the subgraphs with it. */
export const TEST_SUBGRAPH_SECRET = 'ipc-hub-test-subgraph-secret-0123456789abcdef';

/**
 * The header the gateway sends on each call to `subgraph`, for a test that
 * calls a subgraph directly (a subgraph refuses a call without it).
 */
export function gatewayProofHeaders(subgraph: string): Record<string, string> {
  return { [SUBGRAPH_PROOF_HEADER]: createSubgraphProof(TEST_SUBGRAPH_SECRET, subgraph) };
}
