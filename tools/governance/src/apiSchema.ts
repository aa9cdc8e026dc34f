import { createRequire } from 'node:module';
import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';

/**
 * graphql-js as the CommonJS module: the one @graphql-inspector/core and
 * Apollo's federation code load. Schemas and documents handed between them
 * must come from one copy (graphql-js refuses objects of "another realm").
 */
export const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * The schema clients see, from a supergraph SDL, as the gateway builds it:
 * federation's join machinery and every @inaccessible element taken out, so
 * that operations validate and diffs show only what a client can notice.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
