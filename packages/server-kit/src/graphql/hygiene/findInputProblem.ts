import { badUserInput, unsafeText } from '@ipc-hub/errors';
import {
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLScalarType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type TypeNode,
  type ValueNode,
} from 'graphql';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../resolvers/scalars';
import { unsafeCharacter } from './unsafeCharacter';

/**
 * The hub's own scalars, by name. The gateway's schema, built from the
 * supergraph, knows them only by name and would pass any value on: checking
 * them here refuses `Date "2026-02-31"` at the front door.
 */
const HUB_SCALARS: ReadonlyMap<string, GraphQLScalarType> = new Map(
  [DateScalar, DateTimeScalar, MoneyScalar].map((scalar) => [scalar.name, scalar]),
);

function scalarRefusal(field: string, scalar: GraphQLScalarType, error: unknown): GraphQLError {
  const reason = error instanceof Error ? error.message : String(error);
  return badUserInput(field, {
    vi: `${field}: giá trị không hợp lệ cho kiểu ${scalar.name}`,
    en: `${field}: ${reason}`,
  });
}

/**
 * The input type a value is checked against, taken apart without graphql's
 * `instanceof` predicates: the gateway's schema comes from @apollo/gateway's
 * CommonJS copy of graphql, which those predicates refuse as "another realm".
 */
interface Shape {
  list?: Shape | undefined;
  fields?: (name: string) => Shape | undefined;
  scalar?: GraphQLScalarType | undefined;
}

const tagOf = (type: unknown) => Object.prototype.toString.call(type).slice(8, -1);

function shapeOf(type: unknown): Shape | undefined {
  const tag = tagOf(type);
  const t = type as {
    ofType?: unknown;
    name?: string;
    getFields?: () => Record<string, { type: unknown }>;
  };
  if (tag === 'GraphQLNonNull') return shapeOf(t.ofType);
  if (tag === 'GraphQLList') return { list: shapeOf(t.ofType) };
  if (tag === 'GraphQLInputObjectType') {
    return { fields: (name) => shapeOf(t.getFields?.()[name]?.type) };
  }
  if (tag === 'GraphQLScalarType') return { scalar: HUB_SCALARS.get(t.name ?? '') };
  return undefined;
}

function shapeOfNode(schema: GraphQLSchema, node: TypeNode): Shape | undefined {
  if (node.kind === Kind.NON_NULL_TYPE) return shapeOfNode(schema, node.type);
  if (node.kind === Kind.LIST_TYPE) return { list: shapeOfNode(schema, node.type) };
  return shapeOf(schema.getType(node.name.value));
}

/** The first bad value in a variable's JSON value, walked along its declared type where known. */
function inVariable(value: unknown, shape: Shape | undefined, field: string): GraphQLError | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const codePoint = unsafeCharacter(value);
    if (codePoint !== null) return unsafeText(field, codePoint);
  }
  if (Array.isArray(value)) {
    const item = shape?.list ?? shape;
    for (const [index, value_] of value.entries()) {
      const problem = inVariable(value_, item, `${field}.${index}`);
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = inVariable(item, shape?.fields?.(key), `${field}.${key}`);
      if (problem) return problem;
    }
    return null;
  }
  const scalar = shape?.scalar;
  if (scalar) {
    try {
      scalar.parseValue(value);
    } catch (error) {
      return scalarRefusal(field, scalar, error);
    }
  }
  return null;
}

/** The first bad value written inline in the document, walked along its argument's type. */
function inLiteral(node: ValueNode, shape: Shape | undefined, field: string): GraphQLError | null {
  switch (node.kind) {
    case Kind.VARIABLE:
      return null;
    case Kind.LIST: {
      for (const [index, item] of node.values.entries()) {
        const problem = inLiteral(item, shape?.list ?? shape, `${field}.${index}`);
        if (problem) return problem;
      }
      return null;
    }
    case Kind.OBJECT: {
      for (const item of node.fields) {
        const problem = inLiteral(
          item.value,
          shape?.fields?.(item.name.value),
          `${field}.${item.name.value}`,
        );
        if (problem) return problem;
      }
      return null;
    }
    default:
      break;
  }
  if (node.kind === Kind.STRING) {
    const codePoint = unsafeCharacter(node.value);
    if (codePoint !== null) return unsafeText(field, codePoint);
  }
  const scalar = shape?.scalar;
  if (scalar) {
    try {
      scalar.parseLiteral(node, undefined);
    } catch (error) {
      return scalarRefusal(field, scalar, error);
    }
  }
  return null;
}

/**
 * The first value of a request no resolver should see, as the BAD_USER_INPUT
 * to answer with: text holding NUL or a bidirectional override, anywhere —
 * a variable, an argument written inline, a field of a nested input object,
 * an item of a list — or a value of the hub's Date, DateTime or Money that
 * is not one. `field` names it as the caller wrote it: `input.address`,
 * `filter.search`, `ids.2`.
 */
export function findInputProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): GraphQLError | null {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const shape = shapeOfNode(schema, definition.type);
    const problem =
      name in variables
        ? inVariable(variables[name], shape, name)
        : definition.defaultValue
          ? inLiteral(definition.defaultValue, shape, name)
          : null;
    if (problem) return problem;
  }
  // Variables a document does not declare are not coerced, but they are still text sent to us.
  for (const [name, value] of Object.entries(variables)) {
    const problem = inVariable(value, undefined, name);
    if (problem) return problem;
  }
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const seen = new Set<string>();
  type Fields = Record<
    string,
    { type: unknown; args: ReadonlyArray<{ name: string; type: unknown }> }
  >;
  const fieldsOf = (type: unknown): Fields | undefined => {
    let named = type as { ofType?: unknown; getFields?: () => Fields } | undefined;
    while (named?.ofType) named = named.ofType as typeof named;
    return named?.getFields?.();
  };
  const inDirectives = (directives: readonly DirectiveNode[] | undefined) => {
    for (const directive of directives ?? []) {
      const definition = schema.getDirective(directive.name.value);
      for (const argument of directive.arguments ?? []) {
        const arg = definition?.args.find((a) => a.name === argument.name.value);
        const problem = inLiteral(argument.value, shapeOf(arg?.type), argument.name.value);
        if (problem) return problem;
      }
    }
    return null;
  };
  const inSelections = (
    selectionSet: SelectionSetNode | undefined,
    parent: unknown,
  ): GraphQLError | null => {
    for (const selection of selectionSet?.selections ?? []) {
      const inDirective = inDirectives(selection.directives);
      if (inDirective) return inDirective;
      if (selection.kind === Kind.FIELD) {
        const definition = fieldsOf(parent)?.[selection.name.value];
        for (const argument of selection.arguments ?? []) {
          const arg = definition?.args.find((a) => a.name === argument.name.value);
          const problem = inLiteral(argument.value, shapeOf(arg?.type), argument.name.value);
          if (problem) return problem;
        }
        const nested = inSelections(selection.selectionSet, definition?.type);
        if (nested) return nested;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        const nested = inSelections(selection.selectionSet, type);
        if (nested) return nested;
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        const nested = inSelections(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value),
        );
        if (nested) return nested;
      }
    }
    return null;
  };
  return (
    inDirectives(operation.directives) ??
    inSelections(operation.selectionSet, schema.getRootType(operation.operation))
  );
}
