import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir`, as paths relative to it with `/`, in a fixed
 * order; folders named in `skip` are left out wherever they are.
 */
export function filesUnder(dir: string, skip: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  const walk = (prefix: string) => {
    const entries = readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (skip.has(entry.name)) continue;
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(path);
    }
  };
  walk('');
  return found;
}
