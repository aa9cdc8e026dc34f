import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  documentHash,
  normalizeDocument,
  TRUSTED_DOCUMENTS_DIR,
  type TrustedDocumentManifest,
} from '@ipc-hub/gateway/trusted-documents';
import { dashboardMix } from '@ipc-hub/loadgen';
import { PLAN_REPORT_QUERY, PLAN_REPORT_TREND_QUERY } from '@ipc-hub/report';
import { type DocumentNode, print } from 'graphql';

export const MANIFEST_DIR = fileURLToPath(TRUSTED_DOCUMENTS_DIR);
/** an agency system's operations: `agencies/<client>/*.graphql`, one operation per file */
export const AGENCIES_DIR = join(MANIFEST_DIR, 'agencies');

/** the console's typed documents, generated from its code by `pnpm console:codegen` */
async function consoleDocuments(): Promise<string[]> {
  const generated = fileURLToPath(
    new URL('../../../packages/console/src/gql/graphql.ts', import.meta.url),
  );
  const module = (await import(generated)) as Record<string, unknown>;
  return Object.entries(module)
    .filter(([name]) => name.endsWith('Document'))
    .map(([, document]) => print(document as DocumentNode));
}

function agencyClients(): Array<{ client: string; documents: string[] }> {
  if (!existsSync(AGENCIES_DIR)) return [];
  return readdirSync(AGENCIES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      client: entry.name,
      documents: readdirSync(join(AGENCIES_DIR, entry.name))
        .filter((name) => name.endsWith('.graphql'))
        .sort()
        .map((name) => readFileSync(join(AGENCIES_DIR, entry.name, name), 'utf8')),
    }));
}

/**
 * Every known client's operations, read from its code: the console, the
 * report command, the load generator, and each agency system that put its
 * operations under trusted-documents/agencies/<client>/.
 */
export async function knownClients(): Promise<TrustedDocumentManifest[]> {
  const clients = [
    { client: 'console', documents: await consoleDocuments() },
    { client: 'report', documents: [PLAN_REPORT_QUERY, PLAN_REPORT_TREND_QUERY] },
    {
      client: 'loadgen',
      documents: dashboardMix({ adminUnitCode: '00001', facilityId: 'x' }).map((r) => r.query),
    },
    ...agencyClients(),
  ];
  return clients.map(({ client, documents }) => ({
    client,
    operations: Object.fromEntries(
      documents
        .map((document) => [documentHash(document), normalizeDocument(document)] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  }));
}

/** writes `<client>.json` for each known client; returns the files written */
export async function writeManifests(dir = MANIFEST_DIR): Promise<string[]> {
  const written: string[] = [];
  for (const manifest of await knownClients()) {
    const file = join(dir, `${manifest.client}.json`);
    writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    written.push(file);
  }
  return written;
}
