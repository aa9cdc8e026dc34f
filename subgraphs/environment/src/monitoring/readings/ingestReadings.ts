import type { Database } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';

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

/**
 * The statement that writes a batch of readings: one row per array element,
 * the five columns as five array parameters (`unnest`), so a statement
 * binds five parameters whatever its size, and a reading already stored
 * (same station, parameter and time) is skipped, not an error.
 */
function insertStatement(rows: readonly ReadingRow[]) {
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
  return sql`insert into monitoring_readings (measured_at, station_number, value, parameter_id, status)
    select to_timestamp(t.at), t.station, t.value, t.parameter, t.status
    from unnest(${sql.param(at)}::float8[], ${sql.param(station)}::int4[], ${sql.param(value)}::float4[],
                ${sql.param(parameter)}::int2[], ${sql.param(status)}::int2[]) as t(at, station, value, parameter, status)
    on conflict do nothing`;
}

/**
 * Stores readings in batches of 20 000 per statement, skipping those already
 * stored; returns how many were new. Idempotent: the same rows twice store
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
    const result = (await db.execute(insertStatement(rows.slice(start, start + BATCH)))) as {
      rowCount?: number | null;
      affectedRows?: number;
    };
    // node-postgres counts the rows written in rowCount, PGlite in affectedRows
    accepted += result.rowCount ?? result.affectedRows ?? 0;
  }
  return { accepted, duplicates: rows.length - accepted };
}

/** The key of a reading: station, parameter, time. */
export function readingKey(stationNumber: number, parameterId: number, at: Date | number): string {
  return `${stationNumber}:${parameterId}:${typeof at === 'number' ? at : at.getTime()}`;
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
    const batch = insertStatement(rows.slice(start, start + BATCH));
    const result = (await db.execute(
      sql`${batch} returning station_number, parameter_id, extract(epoch from measured_at)::float8 as at`,
    )) as {
      rows: Array<{ station_number: number; parameter_id: number; at: number }>;
    };
    for (const row of result.rows) {
      accepted.add(readingKey(row.station_number, row.parameter_id, Math.round(row.at * 1000)));
    }
  }
  return accepted;
}
