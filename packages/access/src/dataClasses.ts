import { type DocumentNode, Kind } from 'graphql';

/**
 * The data classes of docs/access.md. A field's class is written next to it
 * in its subgraph's SDL as `@tag(name: "public" | "internal" | "personal" |
 * "case")`; a field of an object type without one is a mistake, and the
 * subgraph refuses to start (access fails closed: no field is readable by a
 * default someone forgot). Mutations are not read fields: who may call one
 * is declared by its `writer:` tags (see writeRules).
 */
export type DataClass = 'public' | 'internal' | 'personal' | 'case';

const CLASSES = new Set<DataClass>(['public', 'internal', 'personal', 'case']);

/** The class tags written on a field, in order. */
function classTagsOf(field: {
  directives?: readonly {
    name: { value: string };
    arguments?: readonly { name: { value: string }; value: { kind: string; value?: unknown } }[];
  }[];
}): DataClass[] {
  return (field.directives ?? [])
    .filter((d) => d.name.value === 'tag')
    .flatMap((d) => d.arguments ?? [])
    .filter((a) => a.name.value === 'name' && a.value.kind === Kind.STRING)
    .map((a) => String(a.value.value))
    .filter((tag): tag is DataClass => CLASSES.has(tag as DataClass));
}

/** Type name → field name → class, for every object type (and extension) of an SDL document but Mutation. */
export function dataClassesOf(typeDefs: DocumentNode): Map<string, Map<string, DataClass>> {
  const classes = new Map<string, Map<string, DataClass>>();
  const missing: string[] = [];
  for (const definition of typeDefs.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION
    ) {
      continue;
    }
    const type = definition.name.value;
    if (type === 'Mutation') continue;
    const fields = classes.get(type) ?? new Map<string, DataClass>();
    for (const field of definition.fields ?? []) {
      const external = (field.directives ?? []).some((d) => d.name.value === 'external');
      const tags = classTagsOf(field);
      if (tags.length > 1) {
        throw new Error(
          `${type}.${field.name.value} has more than one data class: ${tags.join(', ')}`,
        );
      }
      const dataClass = tags[0];
      if (dataClass) fields.set(field.name.value, dataClass);
      // An @external field is another subgraph's, classed there; it is never resolved here.
      else if (!external) missing.push(`${type}.${field.name.value}`);
    }
    classes.set(type, fields);
  }
  if (missing.length > 0) {
    throw new Error(
      `fields without a data class (tag each with @tag(name: "public" | "internal" | "personal" | "case")): ${missing.join(', ')}`,
    );
  }
  return classes;
}
