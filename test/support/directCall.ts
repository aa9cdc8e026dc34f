import { gatewayProofHeaders } from '@ipc-hub/testing';
import { type GraphQLAnswer, postGraphQL } from './postGraphQL';

/**
 * A request sent straight to a subgraph, past the gateway, as an attacker
 * inside the network would send it. Every such call in the tests goes
 * through here, so that whatever a subgraph comes to require of a direct
 * caller is added in one place: today, the gateway's proof for `subgraph`
 * (the attacker is assumed to hold it; what is tested is what the subgraph
 * still refuses then).
 */
export function directCall(
  subgraph: string,
  subgraphUrl: string,
  body: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer> {
  return postGraphQL(subgraphUrl, body, { ...gatewayProofHeaders(subgraph), ...headers });
}
