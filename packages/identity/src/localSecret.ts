import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../.data');

/** `<repository>/.data/hub-secret`: the local hub's own signing secret, never committed (.data is ignored). */
export const LOCAL_SECRET_PATH = join(DATA_DIR, 'hub-secret');

/** `<repository>/.data/subgraph-secret`: the local hub's HUB_SUBGRAPH_SECRET (the gateway's proof). */
export const LOCAL_SUBGRAPH_SECRET_PATH = join(DATA_DIR, 'subgraph-secret');

function kept(path: string, create: boolean): string | undefined {
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  if (!create) return undefined;
  const secret = randomBytes(36).toString('base64url');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * The secret a local hub signs and verifies tokens with when HUB_JWT_SECRET
 * is not set: made at random on first use and kept, so tokens printed by
 * `pnpm start` and `pnpm token` keep working across restarts, and no two
 * machines share one.
 */
export function localSecret(create: boolean): string | undefined {
  return kept(LOCAL_SECRET_PATH, create);
}

/** The same for HUB_SUBGRAPH_SECRET, which `pnpm start` hands to the gateway and every subgraph. */
export function localSubgraphSecret(create: boolean): string | undefined {
  return kept(LOCAL_SUBGRAPH_SECRET_PATH, create);
}
