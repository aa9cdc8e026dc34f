/**
 * Whether dist/ still matches the sources: the build writes
 * dist/manifest.json, naming every file each bundle was built from (esbuild's
 * own list; for the console, its folder and the workspace packages it uses)
 * with its size and modification time. Plain JavaScript: `pnpm start` asks
 * before anything is compiled.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST = 'dist/manifest.json';
export const MANIFEST_VERSION = 2;

/**
 * A file's size and modification time, or null when it is gone.
 * @param {string} path
 * @returns {string | null}
 */
export function signatureOf(path) {
  try {
    const stat = statSync(path);
    return `${stat.size}:${Math.floor(stat.mtimeMs)}`;
  } catch {
    return null;
  }
}

/**
 * @typedef {{ outputs: string[]; inputs: Record<string, string> }} BuiltPart
 * @typedef {{ version: number; builtAt: string; parts: Record<string, BuiltPart> }} Manifest
 */

/**
 * Why dist/ under `root` must be built again, or null when every part is
 * there and none of its inputs changed since.
 * @param {string} root the repository's folder
 * @returns {string | null}
 */
export function staleReason(root) {
  const file = join(root, MANIFEST);
  if (!existsSync(file)) return 'no bundles yet';
  /** @type {Manifest} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return 'dist/manifest.json is unreadable';
  }
  if (manifest.version !== MANIFEST_VERSION) return 'the bundles are of an older build';
  for (const [name, part] of Object.entries(manifest.parts)) {
    for (const output of part.outputs) {
      if (!existsSync(join(root, output))) return `${output} is missing`;
    }
    for (const [input, signature] of Object.entries(part.inputs)) {
      if (signatureOf(join(root, input)) !== signature) return `${input} changed (${name})`;
    }
  }
  return null;
}
