import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  defaultFieldResolver,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  isObjectType,
  Source,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/**
 * graphql-jit's errors as Apollo Server expects an executor's: graphql-js
 * errors with the same message, path and extensions, the error a resolver
 * threw kept as `originalError` (the subgraph's error formatter reads it),
 * and locations Apollo can recompute (it rebuilds each error from its
 * source and positions; graphql-jit's carry only the line and column). A
 * variable that did not coerce says BAD_USER_INPUT itself, as Apollo
 * answers it when graphql-js refuses it: graphql-jit's errors do not carry
 * the variable's node Apollo recognises it by.
 */
function asApolloErrors(
  errors: ReadonlyArray<GraphQLError>,
  query: string | undefined,
): GraphQLError[] {
  const source = query === undefined ? undefined : new Source(query);
  return errors.map((error) => {
    const extensions: Record<string, unknown> = { ...(error.extensions ?? {}) };
    if (error.path === undefined && /^Variable "\$/.test(error.message)) {
      extensions.code ??= 'BAD_USER_INPUT';
    }
    return new GraphQLError(error.message, {
      ...(source && error.locations
        ? { source, positions: error.locations.map((at) => offsetOf(source.body, at)) }
        : {}),
      ...(error.path ? { path: error.path } : {}),
      ...(error.originalError ? { originalError: error.originalError } : {}),
      extensions,
    });
  });
}

/** The character offset of a line and column (both from 1) in `text`. */
function offsetOf(text: string, { line, column }: { line: number; column: number }): number {
  let offset = 0;
  for (let at = 1; at < line; at += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return offset + column - 1;
}

/**
 * graphql-js resolves a field without a resolver by reading the property
 * of that name and, when it is a function, calling it (`totalCount` of a
 * connection is one: a count costs a statement, made only when asked);
 * graphql-jit reads the property and stops there. Such fields are given
 * graphql-js's default resolver explicitly, so both answer alike. Fields of
 * the introspection types are left as they are.
 */
function withPropertyFunctionsCalled(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      field.resolve ??= defaultFieldResolver;
    }
  }
  return schema;
}

/** Operations kept compiled; the least recently used goes first. Known clients send a few dozen. */
const COMPILED_KEPT = 500;

/**
 * A subgraph's operations executed by graphql-jit instead of graphql-js:
 * each operation (its document and name) compiled once into a function
 * that walks the selection without a promise per field where the value is
 * already there, then run for every request that sends it. Plugged into
 * Apollo Server as its executor (the place a gateway takes), so parsing,
 * validation, the query limits, the plugins and error formatting stay
 * Apollo's; only execution changes. The schema is the one served, shield
 * and all: access is decided by the same rules, in the same resolvers.
 *
 * A compiled operation coerces its variables before it runs anything, with
 * graphql-js's messages, which Apollo Server answers as BAD_USER_INPUT: a
 * bad variable is refused, never half-executed.
 */
export function compiledExecution(served: GraphQLSchema): GatewayInterface {
  const schema = withPropertyFunctionsCalled(served);
  const compiled = new Map<string, CompiledQuery>();

  const compiledFor = (
    key: string,
    compile: () => CompiledQuery | ExecutionResult,
  ): CompiledQuery | ExecutionResult => {
    const kept = compiled.get(key);
    if (kept) {
      // most recently used last
      compiled.delete(key);
      compiled.set(key, kept);
      return kept;
    }
    const made = compile();
    if (!isCompiledQuery(made)) return made;
    compiled.set(key, made);
    if (compiled.size > COMPILED_KEPT) {
      const oldest = compiled.keys().next().value;
      if (oldest !== undefined) compiled.delete(oldest);
    }
    return made;
  };

  const executor: GatewayExecutor = async (requestContext) => {
    const { document, operationName, queryHash, request, context } = requestContext;
    const variables = request.variables ?? {};
    const query = compiledFor(`${queryHash}\n${operationName ?? ''}`, () =>
      compileQuery(schema, document, operationName ?? undefined),
    );
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(undefined, context, variables);
    return result.errors
      ? { ...result, errors: asApolloErrors(result.errors, request.query) }
      : result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
