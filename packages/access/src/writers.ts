import { type Role, TOKEN_ROLES } from '@ipc-hub/registry';
import { type DocumentNode, Kind } from 'graphql';

/** The prefix of a writer tag: `@tag(name: "writer:DONRE")` on a Mutation field. */
export const WRITER_TAG = 'writer:';

interface TaggedField {
  name: { value: string };
  directives?: readonly {
    name: { value: string };
    arguments?: readonly { name: { value: string }; value: { kind: string; value?: unknown } }[];
  }[];
}

/** The roles a field's `writer:ROLE` tags name, in order. */
function writerTagsOf(field: TaggedField): string[] {
  return (field.directives ?? [])
    .filter((d) => d.name.value === 'tag')
    .flatMap((d) => d.arguments ?? [])
    .filter((a) => a.name.value === 'name' && a.value.kind === Kind.STRING)
    .map((a) => String(a.value.value))
    .filter((tag) => tag.startsWith(WRITER_TAG))
    .map((tag) => tag.slice(WRITER_TAG.length));
}

/**
 * Mutation field → the roles that may call it, from the SDL's
 * `@tag(name: "writer:ROLE")` tags (one per role). Access fails closed: a
 * mutation without a writer tag, or with a role the registry does not know,
 * makes the schema refuse to build. `ownRoles` adds the subgraph's own
 * agency role (a new agency's, before it is one of the token roles). Which records a writer may touch (an
 * operator its own facilities) stays the mutation's own check.
 */
export function writersOf(
  typeDefs: DocumentNode,
  ownRoles: readonly string[] = [],
): Map<string, Role[]> {
  // PUBLIC (no token) writes only where a tag says so: a citizen's report is the one such write.
  const known: ReadonlySet<string> = new Set([...TOKEN_ROLES, 'PUBLIC', ...ownRoles]);
  const writers = new Map<string, Role[]>();
  const missing: string[] = [];
  const unknown: string[] = [];
  for (const definition of typeDefs.definitions) {
    if (
      (definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
        definition.kind !== Kind.OBJECT_TYPE_EXTENSION) ||
      definition.name.value !== 'Mutation'
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      const roles = writerTagsOf(field);
      for (const role of roles) {
        if (!known.has(role)) unknown.push(`Mutation.${field.name.value}: ${role}`);
      }
      if (roles.length === 0) missing.push(`Mutation.${field.name.value}`);
      writers.set(field.name.value, [...new Set(roles)] as Role[]);
    }
  }
  if (missing.length > 0) {
    throw new Error(
      `mutations without a writer (tag each with @tag(name: "writer:ROLE") for every role that may call it): ${missing.join(', ')}`,
    );
  }
  if (unknown.length > 0) {
    throw new Error(
      `writer tags naming a role the registry does not know (${[...known].join(', ')}): ${unknown.join(', ')}`,
    );
  }
  return writers;
}
