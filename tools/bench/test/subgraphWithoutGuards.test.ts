import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BENCH = fileURLToPath(new URL('../', import.meta.url));

describe("the bench's subgraph without guards", () => {
  it('refuses to start with NODE_ENV=production, whatever else is configured', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/stack/subgraphWithoutGuards.ts'],
      {
        cwd: BENCH,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'production',
          BENCH_SUBGRAPH: 'zones',
          // a complete production configuration, so that only the guards can be refused;
          // a database nobody listens on: reaching it would fail differently
          DATABASE_URL: 'postgres://postgres@127.0.0.1:1/never',
          HUB_JWT_SECRET: 'a-production-jwt-secret-of-enough-length-0123',
          HUB_SUBGRAPH_SECRET: 'a-production-subgraph-secret-of-enough-length',
          PORT: '0',
          LOG_LEVEL: 'silent',
        },
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'refusing to start a subgraph without gatewayProof and queryLimits when NODE_ENV=production',
    );
  });
});
