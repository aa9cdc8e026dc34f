import { resolve } from 'node:path';

/**
 * A path given on the command line, resolved from where the user typed it:
 * `pnpm ingest ./drop` at the repository's root runs this package's script
 * in the package's folder, and pnpm passes the original folder as INIT_CWD.
 */
export function invocationPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
