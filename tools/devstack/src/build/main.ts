/**
 * `pnpm build [--if-stale] [--no-console]`: the services bundled into dist/
 * (see build.ts). `--if-stale` builds only when dist/ no longer matches
 * the sources, as `pnpm start` asks.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { staleReason } from '../../freshness.mjs';
import { buildAll } from './build';

const { values } = parseArgs({
  options: {
    'if-stale': { type: 'boolean', default: false },
    'no-console': { type: 'boolean', default: false },
  },
});
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const say = (line: string) => process.stdout.write(`${line}\n`);

if (values['if-stale'] && staleReason(root) === null) {
  say('[build] the bundles are up to date');
} else {
  try {
    await buildAll(root, { withConsole: !values['no-console'], say });
  } catch (error) {
    process.stderr.write(
      `pnpm build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
