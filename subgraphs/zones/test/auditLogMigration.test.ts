import { readdirSync, readFileSync } from 'node:fs';
import { AUDIT_LOG_TRIGGERS } from '@ipc-hub/access';
import { describe, expect, it } from 'vitest';

const migrations = new URL('../migrations/', import.meta.url);

describe("the Board's audit trail", () => {
  // drizzle-kit cannot write triggers: the custom migration carries them, and must not drift
  it('is made append-only and chained by the triggers of @ipc-hub/access, word for word', () => {
    const file = readdirSync(migrations).find((name) =>
      name.endsWith('_audit_log_append_only.sql'),
    );
    expect(file).toBeDefined();
    const text = readFileSync(new URL(file ?? '', migrations), 'utf8');
    // the first line says what the migration is; the rest is the shared SQL
    expect(text.slice(text.indexOf('\n') + 1)).toBe(AUDIT_LOG_TRIGGERS);
  });
});
