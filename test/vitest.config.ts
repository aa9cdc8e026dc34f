import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { ISOLATED_TEST_FILES } from './isolatedFiles';

const UNIT = [
  '{packages,tools,demo,subgraphs}/*/test/**/*.test.ts',
  'gateway/test/**/*.test.ts',
  'notifications/test/**/*.test.ts',
];
/**
 * Files share their worker's loaded modules with the files before them
 * (`isolate: false`), but for those that mock a module (isolatedFiles.ts): a
 * file's hub, databases and state are its own and closed by it, and what it
 * changes of the process (an environment variable, the log destination,
 * tracing) it puts back. Loading the hub's modules once per worker rather
 * than once per file is about a third of the suite's time.
 */

/**
 * Test tiers by file suffix: `*.test.ts` next to each package (unit and
 * single-subgraph tests), `*.e2e.ts` here (the whole hub through the
 * gateway). Both get seeded template databases from the global setup.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: {
    // One graphql-js, as Node and the bundles load it (its CommonJS `main`): Vite would give the
    // tests' own imports its ES module build, a second copy beside the one Apollo Server,
    // @apollo/subgraph and graphql-jit require — and errors of one copy are not errors to the other.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    globalSetup: ['test/globalSetup.ts'],
    env: { APOLLO_TELEMETRY_DISABLED: '1' },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: UNIT,
          exclude: [...configDefaults.exclude, ...ISOLATED_TEST_FILES],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/**/*.e2e.ts'], isolate: false },
      },
      {
        extends: true,
        test: { name: 'isolated', include: ISOLATED_TEST_FILES },
      },
    ],
  },
});
