import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TrustedDocumentManifest } from '@ipc-hub/gateway/trusted-documents';
import { MANIFEST_DIR } from './knownClients';

/** the committed manifests, one per known client */
export function readManifests(dir = MANIFEST_DIR): TrustedDocumentManifest[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as TrustedDocumentManifest);
}
