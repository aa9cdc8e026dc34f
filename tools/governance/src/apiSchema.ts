import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';

/**
 * The schema clients see, from a supergraph SDL, as the gateway builds it:
 * federation's join machinery and every @inaccessible element taken out, so
 * that operations validate and diffs show only what a client can notice.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
