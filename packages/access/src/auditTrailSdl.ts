import { readFileSync } from 'node:fs';

/** The audit trail's GraphQL types, shared by every subgraph's SDL (auditTrail.graphql). */
export const AUDIT_TRAIL_SDL = readFileSync(
  new URL('./auditTrail.graphql', import.meta.url),
  'utf8',
);
