import { readdirSync, readFileSync } from 'node:fs';
import { SUBGRAPHS } from '@ipc-hub/registry';
import { describe, expect, it } from 'vitest';
import { AUDIT_LOG_TRIGGERS } from '../src';

/**
 * drizzle-kit cannot write triggers: every subgraph carries the audit trail's
 * triggers in a custom migration. The SQL is written once, here in
 * @ipc-hub/access; each subgraph's migration must be that text, word for word.
 */
describe('the audit trail of every subgraph', () => {
  it.each(SUBGRAPHS.map((a) => [a.subgraph]))(
    'is made append-only and chained in %s by the triggers of @ipc-hub/access',
    (subgraph) => {
      const migrations = new URL(`../../../subgraphs/${subgraph}/migrations/`, import.meta.url);
      const file = readdirSync(migrations).find((name) =>
        name.endsWith('_audit_log_append_only.sql'),
      );
      expect(file, `${subgraph} has an audit_log_append_only migration`).toBeDefined();
      const text = readFileSync(new URL(file ?? '', migrations), 'utf8');
      // the first line says what the migration is; the rest is the shared SQL
      expect(text.slice(text.indexOf('\n') + 1)).toBe(AUDIT_LOG_TRIGGERS);
    },
  );
});
