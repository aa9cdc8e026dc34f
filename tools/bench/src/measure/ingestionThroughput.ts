import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFromStdin, copyToStdout, openDatabase } from '@ipc-hub/db';
import { environmentSubgraph } from '@ipc-hub/environment';
import {
  importMonitoringFolder,
  ingestReadings,
  type ReadingRow,
  writeSimulatedFiles,
} from '@ipc-hub/environment/monitoring';
import { createLogger } from '@ipc-hub/logger';
import { SEED_READING_END, SEED_READING_SEED } from '@ipc-hub/seed/monitoring';
import pg from 'pg';
import type { BenchDatabases } from '../databases';
import { buildRecord, createDemoEnvironment, recordBuild } from '../monitoring/demoEnvironment';
import { percentile, ratio } from '../stats';

export interface IngestionSide {
  /** readings per second of each round */
  rates: number[];
  /** the median round's */
  readingsPerSecond: number;
}

export interface IngestionThroughput {
  stations: number;
  days: number;
  files: number;
  /** readings stored per round */
  readings: number;
  exceedances: number;
  ingest: IngestionSide;
  /** the batch write path alone (`ingestReadings`: binary COPY, duplicates skipped) on the same rows */
  write: IngestionSide;
  copy: IngestionSide;
  /** the whole import's readings/s ÷ COPY's */
  ratio: number;
  /** the write path's readings/s ÷ COPY's */
  writeRatio: number;
  goal: 0.5;
}

/** The demo's 35 stations for two days: about 20 000 files, 104 000 readings. */
const STATIONS = 35;
const DAYS = 2;
const COLUMNS = 'measured_at, station_number, value, parameter_id, status';

/**
 * (e) The simulated drop folder of the demo's network imported as `pnpm
 * ingest` imports it (`importMonitoringFolder`: read each file, parse it,
 * check it against its station, store its readings by binary COPY,
 * judge the new ones, record the file), and its write path alone
 * (`ingestReadings` of the rows the import stored, as the seed and a
 * batch of files write them), against `COPY … FROM STDIN` of exactly those
 * rows — taken back out of the table with `COPY … TO STDOUT` — into the
 * same table. The readings and files are truncated before every round;
 * rounds alternate import, write path, COPY, import, …
 */
export async function ingestionThroughput(
  databases: BenchDatabases,
  rounds: number,
): Promise<IngestionThroughput> {
  const url = databases.named('ingest');
  if (!(await buildRecord(url))) {
    const started = performance.now();
    await createDemoEnvironment(databases.admin, url);
    await recordBuild(url, { readings: 0, buildSeconds: (performance.now() - started) / 1000 });
  }
  const folder = await mkdtemp(join(tmpdir(), 'ipc-bench-drop-'));
  const database = await openDatabase({
    url,
    dataDir: '.data/unused',
    schema: environmentSubgraph.database.schema,
    migrationsFolder: environmentSubgraph.database.migrationsFolder,
    logger: createLogger('bench-ingest', 'warn'),
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const simulated = await writeSimulatedFiles({
      stations: STATIONS,
      days: DAYS,
      out: folder,
      end: SEED_READING_END,
      seed: SEED_READING_SEED,
    });
    const empty = () => client.query('truncate monitoring_readings, monitoring_files');
    const ingestRates: number[] = [];
    const writeRates: number[] = [];
    const copyRates: number[] = [];
    let rows: Buffer | null = null;
    let stored: ReadingRow[] | null = null;
    let readings = 0;
    let exceedances = 0;
    for (let i = 0; i < rounds; i += 1) {
      await empty();
      const ingestStarted = performance.now();
      const report = await importMonitoringFolder(database.db, folder, { write: () => {} });
      const ingestSeconds = (performance.now() - ingestStarted) / 1000;
      if (report.refused > 0) throw new Error(`the import refused ${report.refused} files`);
      readings = report.accepted;
      exceedances = report.exceedances;
      ingestRates.push(readings / ingestSeconds);
      rows ??= await copyToStdout(client, `copy monitoring_readings (${COLUMNS}) to stdout`);
      stored ??= await storedRows(client);

      await empty();
      const writeStarted = performance.now();
      const written = await database.db.transaction((tx) => ingestReadings(tx, stored ?? []));
      const writeSeconds = (performance.now() - writeStarted) / 1000;
      if (written.accepted !== readings) {
        throw new Error(`the write path stored ${written.accepted} rows, the import ${readings}`);
      }
      writeRates.push(written.accepted / writeSeconds);

      await empty();
      const copyStarted = performance.now();
      const copied = await copyFromStdin(
        client,
        `copy monitoring_readings (${COLUMNS}) from stdin`,
        rows,
      );
      const copySeconds = (performance.now() - copyStarted) / 1000;
      if (copied !== readings)
        throw new Error(`COPY stored ${copied} rows, the import ${readings}`);
      copyRates.push(copied / copySeconds);
    }
    const ingest = side(ingestRates);
    const write = side(writeRates);
    const copy = side(copyRates);
    return {
      stations: STATIONS,
      days: DAYS,
      files: simulated.files,
      readings,
      exceedances,
      ingest,
      write,
      copy,
      ratio: ratio(ingest.readingsPerSecond, copy.readingsPerSecond),
      writeRatio: ratio(write.readingsPerSecond, copy.readingsPerSecond),
      goal: 0.5,
    };
  } finally {
    await client.end();
    await database.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** The rows the import stored, as the write path takes them. */
async function storedRows(client: pg.Client): Promise<ReadingRow[]> {
  const result = await client.query<{
    at: number;
    station_number: number;
    value: number;
    parameter_id: number;
    status: 0 | 1 | 2;
  }>(
    'select extract(epoch from measured_at)::float8 as at, station_number, value, parameter_id, status from monitoring_readings',
  );
  return result.rows.map((row) => ({
    measuredAt: new Date(Math.round(row.at * 1000)),
    stationNumber: row.station_number,
    value: row.value,
    parameterId: row.parameter_id,
    status: row.status,
  }));
}

function side(rates: number[]): IngestionSide {
  return {
    rates: rates.map((rate) => Math.round(rate)),
    readingsPerSecond: Math.round(
      percentile(
        [...rates].sort((a, b) => a - b),
        0.5,
      ),
    ),
  };
}
