import { constraintViolation, type Database } from '@ipc-hub/db';
import { type SQL, sql } from 'drizzle-orm';

/** One reading as the table stores it. */
export interface ReadingRow {
  /** `monitoring_stations.number` */
  stationNumber: number;
  /** `monitoring_parameters.id` */
  parameterId: number;
  measuredAt: Date;
  value: number;
  /** 0 measuring, 1 calibrating, 2 device error */
  status: 0 | 1 | 2;
}

/** Rows per statement: five arrays of this length are one statement's only parameters. */
const BATCH = 20_000;

/** The key of a reading: station, parameter, time. */
export function readingKey(stationNumber: number, parameterId: number, at: Date | number): string {
  return `${stationNumber}:${parameterId}:${typeof at === 'number' ? at : at.getTime()}`;
}

/**
 * An array of numbers as one parameter in PostgreSQL's array syntax:
 * numbers need no quoting, and one join is far cheaper than the drivers'
 * element-by-element array serializers on 20 000 rows.
 */
const arrayLiteral = (values: readonly number[]) => sql.param(`{${values.join(',')}}`);

/**
 * The statement that writes a batch of readings: one row per array element,
 * the five columns as five array parameters (`unnest`), so a statement
 * binds five parameters whatever its size. A reading already stored (same
 * station, parameter and time) is skipped: by an anti-join through the
 * primary key — a plain insert after it, at about the cost of COPY — or,
 * `onConflict`, by `on conflict do nothing`, whose speculative insertion
 * costs PostgreSQL about 1.7 times as much (`pnpm bench`, e) but also
 * skips a reading another transaction is writing at the same moment.
 */
function insertStatement(rows: readonly ReadingRow[], onConflict: boolean): SQL {
  const at: number[] = [];
  const station: number[] = [];
  const value: number[] = [];
  const parameter: number[] = [];
  const status: number[] = [];
  for (const row of rows) {
    at.push(row.measuredAt.getTime() / 1000);
    station.push(row.stationNumber);
    value.push(row.value);
    parameter.push(row.parameterId);
    status.push(row.status);
  }
  const batch = sql`unnest(${arrayLiteral(at)}::float8[], ${arrayLiteral(station)}::int4[], ${arrayLiteral(value)}::float4[],
                ${arrayLiteral(parameter)}::int2[], ${arrayLiteral(status)}::int2[]) as t(at, station, value, parameter, status)`;
  const insert = sql`insert into monitoring_readings (measured_at, station_number, value, parameter_id, status)
    select to_timestamp(t.at), t.station, t.value, t.parameter, t.status from ${batch}`;
  return onConflict
    ? sql`${insert} on conflict do nothing`
    : sql`${insert} where not exists (select 1 from monitoring_readings r
        where r.station_number = t.station and r.parameter_id = t.parameter and r.measured_at = to_timestamp(t.at))`;
}

/**
 * Runs a batch's statement the fast way in a savepoint; when the primary
 * key refuses it — another transaction stored one of its readings
 * meanwhile, or the batch holds a reading twice (a file sent twice in one
 * group) — runs it again the way that skips those.
 */
async function writeBatch<T>(
  db: Database,
  rows: readonly ReadingRow[],
  run: (db: Database, statement: SQL) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction((savepoint) => run(savepoint, insertStatement(rows, false)));
  } catch (error) {
    if (constraintViolation(error)?.constraint !== 'monitoring_readings_pkey') throw error;
    return run(db, insertStatement(rows, true));
  }
}

/**
 * Stores readings in batches of 20 000 per statement, skipping those already
 * stored (and repeats within a batch); returns how many were new. Idempotent: the same rows twice store
 * nothing the second time. The write path of ingestion without the files
 * around it, for the seed and for benchmarks; runs in the caller's
 * transaction.
 */
export async function ingestReadings(
  db: Database,
  rows: readonly ReadingRow[],
): Promise<{ accepted: number; duplicates: number }> {
  let accepted = 0;
  for (let start = 0; start < rows.length; start += BATCH) {
    const result = (await writeBatch(db, rows.slice(start, start + BATCH), (on, statement) =>
      on.execute(statement),
    )) as { rowCount?: number | null; affectedRows?: number };
    // node-postgres counts the rows written in rowCount, PGlite in affectedRows
    accepted += result.rowCount ?? result.affectedRows ?? 0;
  }
  return { accepted, duplicates: rows.length - accepted };
}

/**
 * Like `ingestReadings`, returning the keys (`readingKey`) of the readings
 * that were new, for a caller that must tell which file brought them.
 */
export async function ingestReadingsReturningKeys(
  db: Database,
  rows: readonly ReadingRow[],
): Promise<Set<string>> {
  const accepted = new Set<string>();
  for (let start = 0; start < rows.length; start += BATCH) {
    const result = (await writeBatch(db, rows.slice(start, start + BATCH), (on, statement) =>
      on.execute(
        sql`${statement} returning station_number, parameter_id, extract(epoch from measured_at)::float8 as at`,
      ),
    )) as {
      rows: Array<{ station_number: number; parameter_id: number; at: number }>;
    };
    for (const row of result.rows) {
      accepted.add(readingKey(row.station_number, row.parameter_id, Math.round(row.at * 1000)));
    }
  }
  return accepted;
}
