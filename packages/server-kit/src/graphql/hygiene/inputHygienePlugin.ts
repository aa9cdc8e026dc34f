import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { badUserInput, persistedQueryHashMismatch } from '@ipc-hub/errors';
import { GraphQLError } from 'graphql';
import { findInputProblem } from './findInputProblem';

export interface InputHygieneOptions {
  /**
   * HTTP status of a refusal: 400 at the gateway (the request as a whole is
   * refused), 200 in a subgraph (the gateway passes a subgraph's GraphQL
   * errors on, but reads any other status as the agency failing).
   */
  refusalStatus: number;
}

function refused(error: GraphQLError, status: number): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status } },
  });
}

/** Whether the request is an automatic persisted query whose hash is not its query's. */
function hashMismatch(request: { query?: string; extensions?: Record<string, unknown> }): boolean {
  const persisted = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  if (typeof request.query !== 'string' || typeof persisted?.sha256Hash !== 'string') return false;
  return createHash('sha256').update(request.query).digest('hex') !== persisted.sha256Hash;
}

/**
 * Refuses, once the operation is known and before any resolver runs, input
 * no resolver should see (`findInputProblem`: NUL and bidirectional
 * overrides in any text, malformed Date, DateTime and Money values written
 * inline) and an `operationName` the document does not hold, each as
 * BAD_USER_INPUT naming the field. Apollo's own refusal of a persisted query
 * whose hash does not match its text leaves without a code, which the error
 * masking would turn into INTERNAL_SERVER_ERROR: it goes out as
 * PERSISTED_QUERY_HASH_MISMATCH instead.
 */
export function inputHygienePlugin<Context extends BaseContext>(
  options: InputHygieneOptions,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) {
            throw refused(
              badUserInput('operationName', {
                vi: request.operationName
                  ? `Tài liệu không có thao tác tên ${request.operationName}`
                  : 'Tài liệu có nhiều thao tác: cần operationName',
                en: request.operationName
                  ? `the document has no operation named ${request.operationName}`
                  : 'the document holds several operations: give operationName',
              }),
              options.refusalStatus,
            );
          }
          const problem = findInputProblem(schema, document, operation, request.variables ?? {});
          if (problem) throw refused(problem, options.refusalStatus);
        },
        async didEncounterErrors({ request, errors }) {
          // Apollo refuses the mismatch itself (HTTP 400) with an error that has no code.
          const index = errors.findIndex((error) => error.extensions?.code === undefined);
          if (index >= 0 && hashMismatch(request)) {
            (errors as GraphQLError[])[index] = persistedQueryHashMismatch();
          }
        },
      };
    },
  };
}
