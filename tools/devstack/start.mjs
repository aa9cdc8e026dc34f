/**
 * `pnpm start`: the embedded hub from its compiled bundles (dist/). Plain
 * JavaScript, so that nothing compiles TypeScript in this process: when
 * dist/ is missing or older than the sources it was built from, the build
 * (`pnpm build`) runs first in a child process, and its memory ends with it;
 * then the launcher's own bundle is loaded here.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { staleReason } from './freshness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const stale = staleReason(root);
if (stale) {
  process.stdout.write(`[build] ${stale}: building the bundles (pnpm build)…\n`);
  const build = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'tools/devstack/src/build/main.ts', '--if-stale'],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) {
    process.stderr.write('[build] failed: the hub cannot start without its bundles\n');
    process.exit(1);
  }
}
await import(new URL('../../dist/devstack/index.mjs', import.meta.url).href);
