import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `<repository>/.data/hub-secret`: the local hub's own signing secret, never committed (.data is ignored). */
export const LOCAL_SECRET_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../.data/hub-secret',
);

/**
 * The secret a local hub signs and verifies tokens with when HUB_JWT_SECRET
 * is not set: made at random on first use and kept, so tokens printed by
 * `pnpm start` and `pnpm token` keep working across restarts, and no two
 * machines share one.
 */
export function localSecret(create: boolean): string | undefined {
  if (existsSync(LOCAL_SECRET_PATH)) return readFileSync(LOCAL_SECRET_PATH, 'utf8').trim();
  if (!create) return undefined;
  const secret = randomBytes(36).toString('base64url');
  mkdirSync(dirname(LOCAL_SECRET_PATH), { recursive: true });
  writeFileSync(LOCAL_SECRET_PATH, `${secret}\n`, { mode: 0o600 });
  return secret;
}
