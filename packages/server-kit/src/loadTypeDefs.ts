import { readFileSync } from 'node:fs';
import { type DocumentNode, parse } from 'graphql';

/** Reads a schema-first SDL file; a syntax error fails the service at start, not at the first request. */
export function loadTypeDefs(path: string | URL): DocumentNode {
  return parse(readFileSync(path, 'utf8'));
}
