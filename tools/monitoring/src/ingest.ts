/**
 * `pnpm ingest <folder>`: imports a drop folder of data files
 * (`yyyy/MM/dd/<file>.txt`) into DONRE's database — DATABASE_URL, or the
 * embedded one under DATA_DIR (stop the hub first: an embedded database has
 * one user at a time). Resumable; one line per file on stdout; exits 1 when
 * a file was refused.
 */
import { loadConfig, subgraphConfigShape } from '@ipc-hub/config';
import { environmentSubgraph } from '@ipc-hub/environment';
import { importMonitoringFolder } from '@ipc-hub/environment/monitoring';
import { createLogger } from '@ipc-hub/logger';
import { openSubgraphDatabase } from '@ipc-hub/server-kit';
import { invocationPath } from './invocationPath';

async function main(): Promise<number> {
  const folder = process.argv[2];
  if (!folder) {
    process.stderr.write('usage: pnpm ingest <folder>\n');
    return 2;
  }
  const config = loadConfig(
    subgraphConfigShape(environmentSubgraph.defaultPort, environmentSubgraph.name),
  );
  const logger = createLogger(environmentSubgraph.name, config.LOG_LEVEL);
  const database = await openSubgraphDatabase(environmentSubgraph, config, logger);
  try {
    await database.migrate();
    // as the service does at start: the embedded default is a demo and seeds itself, so
    // that its stations exist even if the hub has never been started
    if (config.HUB_SEED ?? database.kind === 'pglite') {
      await environmentSubgraph.seed(database.db, logger);
    }
    const report = await importMonitoringFolder(database.db, invocationPath(folder), {
      write: (line) => process.stdout.write(line),
    });
    return report.refused > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
