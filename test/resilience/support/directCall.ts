import { type GraphQLAnswer, postGraphQL } from './postGraphQL';

/**
 * A request sent straight to a subgraph, past the gateway, as an attacker
 * inside the network would send it. Every such call in the tests goes
 * through here, so that whatever a subgraph comes to require of a direct
 * caller is added in one place.
 */
export function directCall(
  subgraphUrl: string,
  body: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer> {
  return postGraphQL(subgraphUrl, body, headers);
}
