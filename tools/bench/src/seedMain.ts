/**
 * `pnpm seed [--scale N]`: N× the city seed (default 1: about 1 500
 * facilities) into one PostgreSQL database per subgraph, dropped and
 * recreated, plus the floor database `pnpm bench` compares the hub with.
 * Databases: BENCH_DATABASE_URL_PREFIX + subgraph name (default
 * postgres://postgres@127.0.0.1:5432/ipc_bench_).
 */
import { parseArgs } from 'node:util';
import { benchDatabases } from './databases';
import { scaleOption } from './scaleOption';
import { seedAtScale } from './seed/seedAtScale';

const say = (line: string) => process.stdout.write(`${line}\n`);

try {
  const { values } = parseArgs({ options: { scale: { type: 'string' } } });
  const scale = scaleOption(values.scale);
  const databases = benchDatabases();
  say(
    `seeding ${scale}× the city into ${databases.prefix}{environment,industry,zones,police,floor}`,
  );
  const report = await seedAtScale(databases, scale, say);
  say(`seeded in ${report.seconds.toFixed(1)} s`);
} catch (error) {
  process.stderr.write(
    `pnpm seed failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
}
