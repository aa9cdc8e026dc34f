import { MAX_PAGE_SIZE } from '@ipc-hub/db';
import { badUserInput } from '@ipc-hub/errors';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { CostIndex, FieldCost } from './CostIndex';

/** The length assumed for a list field nobody sized: the longest page, so an unsized list fails closed. */
export const UNSIZED_LIST_LENGTH = MAX_PAGE_SIZE;

export interface CostEstimate {
  /** the estimated cost of the operation (see `estimateCost`) */
  cost: number;
  /** `_entities` representations the operation asks for, over all its `_entities` fields */
  representations: number;
  /** the items its top-level lists ask for in all, over every alias (a connection: its page) */
  rootItems: number;
}

/** The child fields a sized parent (a connection) holds its list in, and that list's length. */
interface SizedChildren {
  fields: readonly string[];
  size: number;
}

/**
 * The cost of an operation: about the number of objects its answer can
 * hold, counted before anything runs.
 *
 * - A field whose value is an object costs the object's weight (1, or its
 *   type's `@cost`) plus its selection; a scalar or enum costs 0 (or its
 *   `@cost`). `__typename` and introspection cost nothing.
 * - A list field costs its length times one element. The length is the
 *   largest slicing argument given (`first: 20`, or `first: $n` as the
 *   variables say, or the argument's default), else `@listSize`'s
 *   `assumedSize`, else `UNSIZED_LIST_LENGTH`. With `sizedFields` the length
 *   applies to those children (a connection's `edges`).
 * - `_entities`, the call a gateway makes to a subgraph, costs each
 *   representation as one object of its `__typename` with the selection
 *   that type gets.
 * - Where a selection may be several types (a union, an interface), the
 *   dearest of them counts.
 *
 * @throws GraphQLError BAD_USER_INPUT when a slicing argument is outside
 *   0…MAX_PAGE_SIZE or a required one is missing: the subgraph would refuse it.
 */
export function estimateCost(
  index: CostIndex,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): CostEstimate {
  const estimator = new Estimator(index, document, operation, variables);
  const root = index.roots[operation.operation] ?? 'Query';
  const cost = estimator.selection(operation.selectionSet, root);
  return {
    cost: Math.min(cost, Number.MAX_SAFE_INTEGER),
    representations: estimator.representations,
    rootItems: estimator.rootItems,
  };
}

class Estimator {
  representations = 0;
  rootItems = 0;
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  /** selection set → (runtime type and sizing) → cost: a fragment spread many times is costed once */
  private readonly memo = new Map<SelectionSetNode, Map<string, number>>();
  private readonly visiting = new Set<SelectionSetNode>();
  private readonly variableDefaults = new Map<string, ValueNode>();

  constructor(
    private readonly index: CostIndex,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    private readonly variables: Readonly<Record<string, unknown>>,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        this.fragments.set(definition.name.value, definition);
    }
    for (const variable of operation.variableDefinitions ?? []) {
      if (variable.defaultValue)
        this.variableDefaults.set(variable.variable.name.value, variable.defaultValue);
    }
  }

  /** A selection on `type`: the dearest of the object types its value may be. */
  selection(set: SelectionSetNode, type: string, sized?: SizedChildren): number {
    let dearest = 0;
    for (const runtime of this.index.possibleTypes(type)) {
      dearest = Math.max(dearest, this.selectionOn(set, runtime, sized));
    }
    return dearest;
  }

  /** A selection on a value known to be of the object type `runtime`. */
  private selectionOn(set: SelectionSetNode, runtime: string, sized?: SizedChildren): number {
    const key = sized ? `${runtime}|${sized.size}|${sized.fields.join(',')}` : runtime;
    const known = this.memo.get(set)?.get(key);
    if (known !== undefined) return known;
    // A fragment that spreads itself is refused by validation; never loop on one regardless.
    if (this.visiting.has(set)) return 0;
    this.visiting.add(set);
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += this.field(selection, runtime, sized);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        if (!condition || this.applies(condition, runtime))
          cost += this.selectionOn(selection.selectionSet, runtime, sized);
      } else {
        const fragment = this.fragments.get(selection.name.value);
        if (fragment && this.applies(fragment.typeCondition.name.value, runtime))
          cost += this.selectionOn(fragment.selectionSet, runtime, sized);
      }
    }
    this.visiting.delete(set);
    const forSet = this.memo.get(set) ?? new Map<string, number>();
    forSet.set(key, cost);
    this.memo.set(set, forSet);
    return cost;
  }

  private applies(condition: string, runtime: string): boolean {
    return condition === runtime || this.index.possibleTypes(condition).includes(runtime);
  }

  private field(node: FieldNode, parent: string, sized?: SizedChildren): number {
    const name = node.name.value;
    // __typename needs no resolver; introspection is answered from the schema in memory.
    if (name.startsWith('__')) return 0;
    const definition = this.index.field(parent, name);
    if (!definition) return this.federationField(node, parent);
    const ownSize = definition.listSize ? this.listSize(definition, node) : null;
    const children =
      definition.listSize && definition.listSize.sizedFields.length > 0 && ownSize !== null
        ? { fields: definition.listSize.sizedFields, size: ownSize }
        : undefined;
    const element =
      (definition.weight ?? this.index.typeWeight(definition.type)) +
      (node.selectionSet && this.index.isComposite(definition.type)
        ? this.selection(node.selectionSet, definition.type, children)
        : 0);
    // a top-level page (a connection's `first`) counts towards the items the operation asks for
    if (parent === this.index.roots.query && children) this.rootItems += children.size;
    if (!definition.list) return element;
    let length: number;
    if (sized?.fields.includes(name)) length = sized.size;
    else if (ownSize !== null && !children) length = ownSize;
    else length = definition.listSize?.assumedSize ?? UNSIZED_LIST_LENGTH;
    if (parent === this.index.roots.query) this.rootItems += length;
    return length * element;
  }

  /**
   * Fields federation adds to a subgraph's schema, which its SDL does not
   * hold: `_entities` (the gateway's call for entities) and `_service`.
   */
  private federationField(node: FieldNode, parent: string): number {
    if (parent === this.index.roots.query && node.name.value === '_entities' && node.selectionSet)
      return this.entities(node, node.selectionSet);
    // Any other field the SDL does not know: an object per level, lists of length one.
    return node.selectionSet ? 1 + this.unknownSelection(node.selectionSet) : 0;
  }

  private unknownSelection(set: SelectionSetNode): number {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.selectionSet) cost += 1 + this.unknownSelection(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += this.unknownSelection(selection.selectionSet);
      }
    }
    return cost;
  }

  /** Each representation: one object of its `__typename`, with what the selection asks of that type. */
  private entities(node: FieldNode, set: SelectionSetNode): number {
    const argument = node.arguments?.find((arg) => arg.name.value === 'representations');
    const byType = new Map<string, number>();
    const count = (typename: unknown) => {
      const type = typeof typename === 'string' ? typename : '';
      byType.set(type, (byType.get(type) ?? 0) + 1);
    };
    if (argument?.value.kind === Kind.VARIABLE) {
      const value = this.variables[argument.value.name.value];
      if (Array.isArray(value)) {
        for (const representation of value)
          count((representation as { __typename?: unknown } | null)?.__typename);
      }
    } else if (argument?.value.kind === Kind.LIST) {
      for (const item of argument.value.values) {
        const typename =
          item.kind === Kind.OBJECT
            ? item.fields.find((f) => f.name.value === '__typename')?.value
            : undefined;
        count(typename?.kind === Kind.STRING ? typename.value : undefined);
      }
    }
    let cost = 0;
    for (const [type, representations] of byType) {
      this.representations += representations;
      cost += representations * (this.index.typeWeight(type) + this.selectionOn(set, type));
    }
    return cost;
  }

  /** The length a slicing argument gives, checked as the subgraph will check it; null: none given. */
  private listSize(definition: FieldCost, node: FieldNode): number | null {
    const listSize = definition.listSize;
    if (!listSize || listSize.slicingArguments.length === 0) return listSize?.assumedSize ?? null;
    let largest: number | null = null;
    for (const name of listSize.slicingArguments) {
      const value = this.argumentValue(node, name, definition);
      if (value === undefined || value === null) continue;
      if (
        typeof value !== 'number' ||
        !Number.isInteger(value) ||
        value < 0 ||
        value > MAX_PAGE_SIZE
      )
        throw badUserInput(name, {
          vi: `${name} phải từ 0 đến ${MAX_PAGE_SIZE}`,
          en: `${name} must be between 0 and ${MAX_PAGE_SIZE}`,
        });
      largest = Math.max(largest ?? 0, value);
    }
    if (largest === null && listSize.requireOneSlicingArgument) {
      const names = listSize.slicingArguments.join(', ');
      throw badUserInput(listSize.slicingArguments[0] ?? 'first', {
        vi: `${node.name.value} cần một trong các tham số ${names}`,
        en: `${node.name.value} needs one of ${names}`,
      });
    }
    return largest ?? listSize.assumedSize;
  }

  /** An argument as the field will see it: literal, variable (or its default), or the schema's default. */
  private argumentValue(node: FieldNode, name: string, definition: FieldCost): unknown {
    const given = node.arguments?.find((arg) => arg.name.value === name)?.value;
    const fromSchema = definition.argumentDefaults.get(name);
    if (!given) return fromSchema ? literal(fromSchema, {}) : undefined;
    if (given.kind === Kind.VARIABLE) {
      const variable = given.name.value;
      if (this.variables[variable] !== undefined) return this.variables[variable] ?? fromDefault();
      const fallback = this.variableDefaults.get(variable);
      return fallback ? literal(fallback, {}) : fromDefault();
    }
    return literal(given, this.variables) ?? fromDefault();

    // A null or absent variable leaves the argument to its default (the repositories read null so).
    function fromDefault(): unknown {
      return fromSchema ? literal(fromSchema, {}) : undefined;
    }
  }
}

/** The JavaScript value of a literal; only numbers matter here, anything else is returned as a marker. */
function literal(value: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  switch (value.kind) {
    case Kind.INT:
      return Number(value.value);
    case Kind.FLOAT:
      return Number(value.value);
    case Kind.NULL:
      return null;
    case Kind.VARIABLE:
      return variables[value.name.value];
    default:
      return value.kind;
  }
}
