import { loadConnection } from '@ipc-hub/db';
import { forbidden } from '@ipc-hub/errors';
import type { Role } from '@ipc-hub/identity';
import type { AuditEntry, AuditTrailRepository } from './AuditTrailRepository';
import type { AccessContext } from './buildShield';

/**
 * The resolver of `<subgraph>AuditTrail`: each agency's officers read their
 * own subgraph's trail, no one else's. The SDL declares the query in every
 * schema.graphql, with the shared `AuditEntry` type.
 */
export function auditTrailResolver(ownerRole: Role) {
  return async (
    _: unknown,
    args: { first?: number | null; after?: string | null },
    ctx: AccessContext & { auditTrail: AuditTrailRepository },
  ) => {
    if (ctx.identity.role !== ownerRole) throw forbidden();
    const connection = await loadConnection({
      args,
      keyArity: 1,
      keyOf: (row: AuditEntry) => [row.seq],
      fetch: (window) => ctx.auditTrail.list(window),
      count: () => ctx.auditTrail.count(),
    });
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({
        cursor: edge.cursor,
        node: { ...edge.node, occurredAt: edge.node.occurredAt.toISOString() },
      })),
    };
  };
}

/** What `<subgraph>AuditTrail` resolves to (the codegen mapper of AuditEntryConnection). */
export type AuditEntryConnectionModel = Awaited<ReturnType<ReturnType<typeof auditTrailResolver>>>;
export type AuditEntryEdgeModel = AuditEntryConnectionModel['edges'][number];
