import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { shieldRules } from '@ipc-hub/access';
import { notificationsAccess, notificationsTypeDefs } from '@ipc-hub/notifications';
import { NOTIFICATIONS_SERVICE } from '@ipc-hub/registry';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALL_SUBGRAPHS } from '../support/subgraphDefinitions';

/** Every service the gateway composes: the subgraphs, and the notifications service beside them. */
const COMPOSED = [
  ...ALL_SUBGRAPHS,
  {
    name: NOTIFICATIONS_SERVICE.name,
    typeDefs: notificationsTypeDefs,
    access: notificationsAccess,
  },
];

/**
 * Deny by default means a field without a rule is unreadable, and a field
 * without a deliberate class is internal: this walks every field of every
 * subgraph, and the composed supergraph, so that neither happens by accident.
 */
describe('the access rules', () => {
  it.each(COMPOSED.map((s) => [s.name, s] as const))(
    'give every field of the %s subgraph a rule, federation’s own fields included',
    (_, definition) => {
      expect(definition.access, `${definition.name} enforces access`).toBeDefined();
      const rules = shieldRules(definition.typeDefs, definition.access?.recordScopes);
      const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs }]);
      const missing: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        // @apollo/subgraph builds with its own copy of graphql (CommonJS): compare by shape, not instanceof.
        if (type.constructor.name !== 'GraphQLObjectType' || type.name.startsWith('__')) continue;
        for (const field of Object.keys((type as { getFields(): object }).getFields())) {
          if (!rules[type.name]?.[field]) missing.push(`${type.name}.${field}`);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it('find no field in the composed supergraph that no subgraph classifies', () => {
    const supergraph = parse(
      readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8'),
    );
    const classified = new Set(
      COMPOSED.flatMap((definition) =>
        Object.entries(shieldRules(definition.typeDefs, definition.access?.recordScopes)).flatMap(
          ([type, fields]) => Object.keys(fields).map((field) => `${type}.${field}`),
        ),
      ),
    );
    const unclassified: string[] = [];
    for (const definition of supergraph.definitions) {
      if (definition.kind !== 'ObjectTypeDefinition' || definition.name.value.startsWith('join__'))
        continue;
      for (const field of definition.fields ?? []) {
        const name = `${definition.name.value}.${field.name.value}`;
        if (!classified.has(name)) unclassified.push(name);
      }
    }
    expect(unclassified).toEqual([]);
  });
});
