/**
 * Merges the resolver maps of a subgraph's modules type by type: each module
 * owns distinct fields of the types it shares (Query, Mutation, Facility).
 */
export function mergeResolvers<Map extends object>(...maps: Map[]): Map {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const existing = merged[type];
      merged[type] =
        existing &&
        typeof existing === 'object' &&
        fields &&
        typeof fields === 'object' &&
        !('serialize' in fields)
          ? { ...existing, ...fields }
          : fields;
    }
  }
  return merged as Map;
}
