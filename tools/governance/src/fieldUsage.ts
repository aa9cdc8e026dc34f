import type { TrustedDocumentManifest } from '@ipc-hub/gateway/trusted-documents';
import type { GraphQLSchema } from 'graphql';
import { graphql } from './apiSchema';

const { getNamedType, isObjectType, parse, TypeInfo, visit, visitWithTypeInfo } = graphql;

/**
 * Which registered operations use each field of the schema: `Type.field` →
 * the clients and operation names that select it. A field no one uses can
 * go; a field in use cannot without those clients changing first.
 */
export function fieldUsage(
  schema: GraphQLSchema,
  manifests: readonly TrustedDocumentManifest[],
): Map<string, Set<string>> {
  const usage = new Map<string, Set<string>>();
  for (const manifest of manifests) {
    for (const document of Object.values(manifest.operations)) {
      const ast = parse(document);
      const typeInfo = new TypeInfo(schema);
      let operation = 'anonymous';
      visit(
        ast,
        visitWithTypeInfo(typeInfo, {
          OperationDefinition(node) {
            operation = node.name?.value ?? 'anonymous';
          },
          Field(node) {
            const parent = typeInfo.getParentType();
            if (!parent || node.name.value.startsWith('__')) return;
            const key = `${parent.name}.${node.name.value}`;
            const users = usage.get(key) ?? new Set<string>();
            users.add(`${manifest.client}:${operation}`);
            usage.set(key, users);
          },
        }),
      );
    }
  }
  return usage;
}

/** the schema's object fields that no registered operation selects */
export function unusedFields(schema: GraphQLSchema, usage: Map<string, Set<string>>): string[] {
  const unused: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      if (!usage.has(key) && getNamedType(field.type)) unused.push(key);
    }
  }
  return unused.sort();
}
