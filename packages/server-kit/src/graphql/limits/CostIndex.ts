import {
  type ConstDirectiveNode,
  type ConstValueNode,
  type DocumentNode,
  type FieldDefinitionNode,
  Kind,
  type TypeNode,
} from 'graphql';

/** A list field's `@listSize` (federation 2.9, the cost spec's directive). */
export interface ListSize {
  /** the length to assume when no slicing argument says it */
  assumedSize: number | null;
  /** arguments whose value is the list's length (`first`) */
  slicingArguments: string[];
  /** child fields that hold the list (a connection's `edges`); empty: the field itself */
  sizedFields: string[];
  /** a document must give one of the slicing arguments (a default value counts) */
  requireOneSlicingArgument: boolean;
}

/** What the cost model knows of one field of the schema. */
export interface FieldCost {
  /** the named type of its values (`Facility` for `[Facility!]!`) */
  type: string;
  list: boolean;
  /** `@cost(weight:)` on the field; null: its type's weight */
  weight: number | null;
  listSize: ListSize | null;
  /** `@external`: resolved by another subgraph, never by this schema */
  external: boolean;
  /** arguments' default values, for slicing arguments not given */
  argumentDefaults: ReadonlyMap<string, ConstValueNode>;
}

/** `@listSize`/`@cost` as a subgraph imports them, or under the federation prefix when it does not. */
const LIST_SIZE = new Set(['listSize', 'federation__listSize']);
const COST = new Set(['cost', 'federation__cost']);

function namedType(type: TypeNode): { name: string; list: boolean } {
  if (type.kind === Kind.NAMED_TYPE) return { name: type.name.value, list: false };
  if (type.kind === Kind.LIST_TYPE) return { name: namedType(type.type).name, list: true };
  return namedType(type.type);
}

function argument(directive: ConstDirectiveNode, name: string): ConstValueNode | undefined {
  return directive.arguments?.find((arg) => arg.name.value === name)?.value;
}

function intArgument(directive: ConstDirectiveNode, name: string): number | null {
  const value = argument(directive, name);
  return value?.kind === Kind.INT ? Number(value.value) : null;
}

function stringsArgument(directive: ConstDirectiveNode, name: string): string[] {
  const value = argument(directive, name);
  if (value?.kind === Kind.STRING) return [value.value];
  if (value?.kind !== Kind.LIST) return [];
  return value.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : []));
}

function readListSize(directives: readonly ConstDirectiveNode[]): ListSize | null {
  const directive = directives.find((d) => LIST_SIZE.has(d.name.value));
  if (!directive) return null;
  const require = argument(directive, 'requireOneSlicingArgument');
  return {
    assumedSize: intArgument(directive, 'assumedSize'),
    slicingArguments: stringsArgument(directive, 'slicingArguments'),
    sizedFields: stringsArgument(directive, 'sizedFields'),
    // the spec's default is true
    requireOneSlicingArgument: require?.kind === Kind.BOOLEAN ? require.value : true,
  };
}

function readWeight(directives: readonly ConstDirectiveNode[] | undefined): number | null {
  const directive = directives?.find((d) => COST.has(d.name.value));
  return directive ? intArgument(directive, 'weight') : null;
}

function readField(field: FieldDefinitionNode): FieldCost {
  const { name, list } = namedType(field.type);
  const directives = field.directives ?? [];
  return {
    type: name,
    list,
    weight: readWeight(directives),
    listSize: readListSize(directives),
    external: directives.some((d) => d.name.value === 'external'),
    argumentDefaults: new Map(
      (field.arguments ?? []).flatMap((arg) =>
        arg.defaultValue ? [[arg.name.value, arg.defaultValue] as const] : [],
      ),
    ),
  };
}

/**
 * The cost directives of a schema, read from its SDL: a subgraph's own
 * `schema.graphql` or the composed supergraph. Read from the document, not
 * from a built `GraphQLSchema`: the gateway's API schema drops the
 * directives, and the document is the same plain data whichever copy of
 * graphql-js parsed it.
 */
export class CostIndex {
  private constructor(
    /** object and interface types → their fields */
    private readonly fields: ReadonlyMap<string, ReadonlyMap<string, FieldCost>>,
    /** unions and interfaces → the object types a value of them may be */
    private readonly possible: ReadonlyMap<string, ReadonlySet<string>>,
    /** `@cost(weight:)` on a type */
    private readonly typeWeights: ReadonlyMap<string, number>,
    /** root operation types: query, mutation, subscription → type name */
    readonly roots: Readonly<Record<string, string>>,
  ) {}

  static fromSdl(document: DocumentNode): CostIndex {
    const fields = new Map<string, Map<string, FieldCost>>();
    const possible = new Map<string, Set<string>>();
    const typeWeights = new Map<string, number>();
    const roots: Record<string, string> = {
      query: 'Query',
      mutation: 'Mutation',
      subscription: 'Subscription',
    };
    const member = (abstract: string, object: string) => {
      const members = possible.get(abstract) ?? new Set<string>();
      members.add(object);
      possible.set(abstract, members);
    };
    for (const definition of document.definitions) {
      switch (definition.kind) {
        case Kind.SCHEMA_DEFINITION:
        case Kind.SCHEMA_EXTENSION:
          for (const root of definition.operationTypes ?? []) {
            roots[root.operation] = root.type.name.value;
          }
          break;
        case Kind.OBJECT_TYPE_DEFINITION:
        case Kind.OBJECT_TYPE_EXTENSION:
        case Kind.INTERFACE_TYPE_DEFINITION:
        case Kind.INTERFACE_TYPE_EXTENSION: {
          const name = definition.name.value;
          const own = fields.get(name) ?? new Map<string, FieldCost>();
          for (const field of definition.fields ?? []) own.set(field.name.value, readField(field));
          fields.set(name, own);
          const isObject =
            definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
            definition.kind === Kind.OBJECT_TYPE_EXTENSION;
          if (isObject) {
            for (const implemented of definition.interfaces ?? [])
              member(implemented.name.value, name);
          } else if (!possible.has(name)) {
            possible.set(name, new Set());
          }
          const weight = readWeight(definition.directives);
          if (weight !== null) typeWeights.set(name, weight);
          break;
        }
        case Kind.UNION_TYPE_DEFINITION:
        case Kind.UNION_TYPE_EXTENSION:
          for (const type of definition.types ?? []) member(definition.name.value, type.name.value);
          if (!possible.has(definition.name.value)) possible.set(definition.name.value, new Set());
          break;
        case Kind.SCALAR_TYPE_DEFINITION:
        case Kind.ENUM_TYPE_DEFINITION: {
          const weight = readWeight(definition.directives);
          if (weight !== null) typeWeights.set(definition.name.value, weight);
          break;
        }
        default:
          break;
      }
    }
    return new CostIndex(fields, possible, typeWeights, roots);
  }

  field(type: string, name: string): FieldCost | undefined {
    return this.fields.get(type)?.get(name);
  }

  /** Objects, interfaces and unions: values with a selection of their own. */
  isComposite(type: string): boolean {
    return this.fields.has(type) || this.possible.has(type);
  }

  /** The object types a value of `type` may be: itself for an object type. */
  possibleTypes(type: string): readonly string[] {
    const members = this.possible.get(type);
    return members ? [...members] : [type];
  }

  /** What one value of the type costs by itself: `@cost` on it, else 1 for an object, 0 for a leaf. */
  typeWeight(type: string): number {
    return this.typeWeights.get(type) ?? (this.isComposite(type) ? 1 : 0);
  }

  /**
   * The list fields, `Type.field`, that nothing sizes: no `@listSize` of
   * their own, not held by a sized parent (a connection's `edges`), and
   * resolved here (not `@external`). Each of them would be costed at
   * `UNSIZED_LIST_LENGTH`; a schema should have none.
   */
  unsizedLists(): string[] {
    const sizedByParent = new Set<string>();
    for (const fields of this.fields.values()) {
      for (const field of fields.values()) {
        for (const child of field.listSize?.sizedFields ?? [])
          sizedByParent.add(`${field.type}.${child}`);
      }
    }
    return [...this.fields].flatMap(([type, fields]) =>
      [...fields]
        .filter(([, field]) => field.list && !field.external && !field.listSize)
        .map(([name]) => `${type}.${name}`)
        .filter((coordinate) => !sizedByParent.has(coordinate)),
    );
  }
}
