import { type DocumentNode, Kind } from 'graphql';

/**
 * DESIGN §3's data classes. A field's class is written next to it in its
 * subgraph's SDL as `@tag(name: "public" | "personal" | "case")`; a field
 * without one of those tags is internal.
 */
export type DataClass = 'public' | 'internal' | 'personal' | 'case';

const TAGGED = new Set<DataClass>(['public', 'personal', 'case']);

/** Type name → field name → class, for every object type (and extension) of an SDL document. */
export function dataClassesOf(typeDefs: DocumentNode): Map<string, Map<string, DataClass>> {
  const classes = new Map<string, Map<string, DataClass>>();
  for (const definition of typeDefs.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION
    ) {
      continue;
    }
    const fields = classes.get(definition.name.value) ?? new Map<string, DataClass>();
    for (const field of definition.fields ?? []) {
      const tags = (field.directives ?? [])
        .filter((d) => d.name.value === 'tag')
        .flatMap((d) => d.arguments ?? [])
        .filter((a) => a.name.value === 'name' && a.value.kind === Kind.STRING)
        .map((a) => (a.value.kind === Kind.STRING ? a.value.value : ''))
        .filter((tag): tag is DataClass => TAGGED.has(tag as DataClass));
      if (tags.length > 1) {
        throw new Error(
          `${definition.name.value}.${field.name.value} has more than one data class: ${tags.join(', ')}`,
        );
      }
      fields.set(field.name.value, tags[0] ?? 'internal');
    }
    classes.set(definition.name.value, fields);
  }
  return classes;
}
