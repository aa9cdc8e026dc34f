import { readFileSync } from 'node:fs';
import { AUDIT_TRAIL_SDL } from '@ipc-hub/access';
import { type DocumentNode, parse } from 'graphql';

/**
 * A subgraph's SDL as the hub reads it: its own `schema.graphql`, then the
 * types every subgraph shares and that are written once (the audit trail's,
 * from @ipc-hub/access). The subgraph, composition and code generation all
 * read it here, so they see the same schema.
 */
export function readSubgraphSdl(path: string | URL): string {
  return `${readFileSync(path, 'utf8').trimEnd()}\n\n${AUDIT_TRAIL_SDL}`;
}

/** Reads a subgraph's SDL (see readSubgraphSdl); a syntax error fails the service at start, not at the first request. */
export function loadTypeDefs(path: string | URL): DocumentNode {
  return parse(readSubgraphSdl(path));
}
