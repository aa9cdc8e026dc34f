import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Test tiers by file suffix: `*.test.ts` next to each package (unit and
 * single-subgraph tests), `*.e2e.ts` here (the whole hub through the
 * gateway). Both get seeded template databases from the global setup.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
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
          include: [
            '{packages,tools,demo,subgraphs}/*/test/**/*.test.ts',
            'gateway/test/**/*.test.ts',
            'notifications/test/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/**/*.e2e.ts'] },
      },
    ],
  },
});
