import { copyFile, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * The checkout as `pnpm start` sees it, in a fresh temporary folder with no
 * `.data`: every file and folder is a link to the checkout's, except the
 * folders a service writes its embedded database under (each subgraph's
 * `.data/<name>`, relative to its folder) and devstack's `main.ts`, which
 * is copied because it finds the checkout from its own path and Node
 * resolves a linked entry file to the original. Returns the folder; the
 * caller removes it.
 */
export async function mirrorCheckout(): Promise<string> {
  const mirror = await mkdtemp(join(tmpdir(), 'ipc-bench-coldstart-'));
  await mirrorFolder(ROOT, mirror, ['tools', 'subgraphs']);
  await mirrorFolder(join(ROOT, 'tools'), join(mirror, 'tools'), ['devstack']);
  await mirrorFolder(join(ROOT, 'tools/devstack'), join(mirror, 'tools/devstack'), ['src']);
  await mirrorFolder(
    join(ROOT, 'tools/devstack/src'),
    join(mirror, 'tools/devstack/src'),
    [],
    ['main.ts'],
  );
  const subgraphs = (await readdir(join(ROOT, 'subgraphs'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  await mirrorFolder(join(ROOT, 'subgraphs'), join(mirror, 'subgraphs'), subgraphs);
  for (const name of subgraphs) {
    await mirrorFolder(join(ROOT, 'subgraphs', name), join(mirror, 'subgraphs', name), []);
  }
  return mirror;
}

/**
 * Makes `to` a folder with a link to each entry of `from`, except `.data`,
 * the entries in `folders` (made as empty folders, for the caller to fill)
 * and those in `copies` (copied).
 */
async function mirrorFolder(
  from: string,
  to: string,
  folders: string[],
  copies: string[] = [],
): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from)) {
    if (entry === '.data') continue;
    if (folders.includes(entry)) await mkdir(join(to, entry));
    else if (copies.includes(entry)) await copyFile(join(from, entry), join(to, entry));
    else await symlink(join(from, entry), join(to, entry));
  }
}
