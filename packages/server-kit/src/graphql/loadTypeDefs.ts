import { readFileSync } from 'node:fs';
import { AUDIT_TRAIL_SDL } from '@ipc-hub/access';
import { INVESTMENT_PROJECT_SDL, PLAN_FACTS_SDL } from '@ipc-hub/plan';
import { type DocumentNode, Kind, parse, visit } from 'graphql';

/** A shared type's definition as written, its description included, and the types it names. */
interface SharedType {
  text: string;
  names: Set<string>;
}

/** The types a piece of SDL names anywhere (fields, arguments, unions, interfaces). */
function namedTypes(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(document, {
    NamedType(node) {
      names.add(node.name.value);
    },
  });
  return names;
}

const SHAREABLE_KINDS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
]);

/** Each type definition of a shared SDL file (objects, enums, inputs), by name, its description included. */
function sharedTypes(sdl: string): Map<string, SharedType> {
  const types = new Map<string, SharedType>();
  for (const definition of parse(sdl).definitions) {
    if (!SHAREABLE_KINDS.has(definition.kind) || !('name' in definition) || !definition.loc) {
      continue;
    }
    const text = sdl.slice(definition.loc.start, definition.loc.end);
    types.set(definition.name?.value ?? '', {
      text,
      names: namedTypes({ kind: Kind.DOCUMENT, definitions: [definition] }),
    });
  }
  return types;
}

/**
 * Types more than one subgraph uses and that are written once, appended to
 * a subgraph's SDL only when it names them (directly, or through another
 * appended type): the plan report's facts, and what the Board and DOIT both
 * say of an investment project (@ipc-hub/plan).
 */
const SHARED_BY_USE = new Map([
  ...sharedTypes(PLAN_FACTS_SDL),
  ...sharedTypes(INVESTMENT_PROJECT_SDL),
]);

/** The shared types an SDL needs: those it names, and those they name in turn. */
function sharedTypesNamedBy(own: string): string[] {
  const wanted = [...namedTypes(parse(own))];
  const added = new Set<string>();
  while (wanted.length > 0) {
    const name = wanted.pop() as string;
    const shared = SHARED_BY_USE.get(name);
    if (!shared || added.has(name)) continue;
    added.add(name);
    wanted.push(...shared.names);
  }
  return [...SHARED_BY_USE.keys()].filter((name) => added.has(name));
}

/**
 * A subgraph's SDL as the hub reads it: its own `schema.graphql`, then the
 * types shared with other subgraphs and written once: the audit trail's
 * (@ipc-hub/access), which every subgraph serves, and the plan report's facts
 * it names (@ipc-hub/plan). The subgraph, composition and code generation all
 * read it here, so they see the same schema.
 */
export function readSubgraphSdl(path: string | URL): string {
  const own = readFileSync(path, 'utf8').trimEnd();
  const facts = sharedTypesNamedBy(own).map((name) => SHARED_BY_USE.get(name)?.text);
  return [own, AUDIT_TRAIL_SDL.trimEnd(), ...facts].join('\n\n').concat('\n');
}

/** Reads a subgraph's SDL (see readSubgraphSdl); a syntax error fails the service at start, not at the first request. */
export function loadTypeDefs(path: string | URL): DocumentNode {
  return parse(readSubgraphSdl(path));
}
