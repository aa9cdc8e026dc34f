import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@ipc-hub/errors';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import type { GatewayContext } from './GatewayContext';

/** Whether a document asks for the schema (`__schema` or `__type`, at any depth, fragments included). */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Introspection for callers without a token: off in production (the public
 * reads published data, not the whole schema with its internal fields),
 * on in development. Signed-in callers always may. The subgraphs answer
 * introspection and `_service { sdl }` to the gateway only (its proof).
 */
export function introspectionPolicy(allowPublic: boolean): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (allowPublic || contextValue.identity.role !== 'PUBLIC') return;
          if (!asksForSchema(document)) return;
          throw new GraphQLError(
            'Chỉ người dùng đã đăng nhập được xem lược đồ / Introspection needs a bearer token',
            { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } },
          );
        },
      };
    },
  };
}
