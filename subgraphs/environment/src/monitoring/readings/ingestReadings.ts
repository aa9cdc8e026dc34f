import {
  BinaryCopy,
  type CopyColumnType,
  constraintViolation,
  copyInto,
  type Database,
} from '@ipc-hub/db';
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

/** Rows per statement: one COPY of this many rows, or five arrays of this length as one statement's only parameters. */
const BATCH = 20_000;

/** The key of a reading: station, parameter, time. */
export function readingKey(stationNumber: number, parameterId: number, at: Date | number): string {
  return `${stationNumber}:${parameterId}:${typeof at === 'number' ? at : at.getTime()}`;
}

const COLUMNS = ['measured_at', 'station_number', 'value', 'parameter_id', 'status'];
const TYPES: CopyColumnType[] = ['timestamptz', 'int4', 'float4', 'int2', 'int2'];

/**
 * Writes a batch with one binary COPY, in a savepoint: the fastest way rows
 * enter the table, and the common case — a station's files arrive once. The
 * primary key refuses the whole COPY when one reading is stored already (a
 * file resent under another name, readings sent again through the API) or
 * is twice in the batch; the savepoint is then rolled back and the caller
 * writes the batch the way that skips those. Returns whether COPY stored it.
 */
async function copyBatch(db: Database, rows: readonly ReadingRow[]): Promise<boolean> {
  const copy = new BinaryCopy(TYPES, rows.length);
  for (const row of rows) {
    copy.row(row.measuredAt.getTime(), row.stationNumber, row.value, row.parameterId, row.status);
  }
  const data = copy.finish();
  try {
    await db.transaction((savepoint) => copyInto(savepoint, 'monitoring_readings', COLUMNS, data));
    return true;
  } catch (error) {
    if (constraintViolation(error)?.constraint !== 'monitoring_readings_pkey') throw error;
    return false;
  }
}

/**
 * An array of numbers as one parameter in PostgreSQL's array syntax:
 * numbers need no quoting, and one join is far cheaper than the drivers'
 * element-by-element array serializers on 20 000 rows.
 */
const arrayLiteral = (values: readonly number[]) => sql.param(`{${values.join(',')}}`);

/**
 * The statement that writes a batch COPY could not: one row per array
 * element, the five columns as five array parameters (`unnest`), so a
 * statement binds five parameters whatever its size; a reading already
 * stored (same station, parameter and time), or twice in the batch, or
 * written by another transaction at the same moment, is skipped by `on
 * conflict do nothing`.
 */
function insertStatement(rows: readonly ReadingRow[]): SQL {
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
  return sql`insert into monitoring_readings (measured_at, station_number, value, parameter_id, status)
    select to_timestamp(t.at), t.station, t.value, t.parameter, t.status from ${batch}
    on conflict do nothing`;
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
    const batch = rows.slice(start, start + BATCH);
    if (await copyBatch(db, batch)) {
      accepted += batch.length;
      continue;
    }
    const result = (await db.execute(insertStatement(batch))) as {
      rowCount?: number | null;
      affectedRows?: number;
    };
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
    const batch = rows.slice(start, start + BATCH);
    if (await copyBatch(db, batch)) {
      for (const row of batch) {
        accepted.add(readingKey(row.stationNumber, row.parameterId, row.measuredAt));
      }
      continue;
    }
    const result = (await db.execute(
      sql`${insertStatement(batch)} returning station_number, parameter_id, extract(epoch from measured_at)::float8 as at`,
    )) as {
      rows: Array<{ station_number: number; parameter_id: number; at: number }>;
    };
    for (const row of result.rows) {
      accepted.add(readingKey(row.station_number, row.parameter_id, Math.round(row.at * 1000)));
    }
  }
  return accepted;
}
