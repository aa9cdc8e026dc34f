/**
 * Writes a new agency's subgraph folder from templates/subgraph: a schema with
 * one public field and one mutation its agency writes, a table, the audit
 * trail and their migrations, demo data, `src/access.ts` declaring its
 * access, and `src/server.ts` defining the subgraph by its registry entry. See docs/adding-a-subgraph.md.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_LOG_TRIGGERS } from '@ipc-hub/access';
import type { Agency } from '@ipc-hub/registry';

const TEMPLATE = fileURLToPath(new URL('../templates/subgraph/', import.meta.url));

export interface ScaffoldOptions {
  /** the module `agencyOf` is imported from: the registry's, or (a test) one with extra agencies */
  registryModule?: string;
}

export function scaffoldSubgraph(
  target: string,
  agency: Agency,
  options: ScaffoldOptions = {},
): void {
  if (!/^[a-z][a-z0-9]*$/.test(agency.subgraph)) {
    throw new Error(`a subgraph name is lower-case letters and digits: ${agency.subgraph}`);
  }
  const values: Record<string, string> = {
    subgraph: agency.subgraph,
    Subgraph: agency.subgraph[0]?.toUpperCase() + agency.subgraph.slice(1),
    nameVi: agency.nameVi,
    role: agency.role,
    registryModule: options.registryModule ?? '@ipc-hub/server-kit',
    // the audit trail's triggers are written once, in @ipc-hub/access
    auditLogTriggers: AUDIT_LOG_TRIGGERS,
  };
  const copy = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from)) {
      const source = join(from, entry);
      if (statSync(source).isDirectory()) {
        copy(source, join(to, entry));
        continue;
      }
      const text = readFileSync(source, 'utf8').replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
        const value = values[key];
        if (value === undefined) throw new Error(`${source} names {{${key}}}, which is not known`);
        return value;
      });
      writeFileSync(join(to, entry.replace(/\.tmpl$/, '')), text);
    }
  };
  copy(TEMPLATE, target);
}
