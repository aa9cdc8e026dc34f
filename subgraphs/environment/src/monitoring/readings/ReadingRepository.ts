import type { Database } from '@ipc-hub/db';
import { type SQL, sql } from 'drizzle-orm';
import type * as schema from '../../db/schema';
import type { LimitPeriod } from '../judging/LimitPeriod';
import { instantFromDatabase } from './instantFromDatabase';

export type Resolution = 'RAW' | 'HOUR' | 'DAY';

/** A point of a series: one reading (RAW), or the normal readings of an hour or a day. */
export interface SeriesPoint {
  measuredAt: Date;
  value: number;
  min: number | null;
  max: number | null;
  count: number;
  status: 0 | 1 | 2 | null;
}

/** A reading over its limit, with the limit period it was judged in (by index into the schedule). */
export interface ExceedingReading {
  period: number;
  measuredAt: Date;
  value: number;
}

/** Per station and parameter, the days whose average was outside the limit, and the worst factor. */
export interface ExceedingDays {
  stationNumber: number;
  parameterId: number;
  days: number;
  worstFactor: number;
}

/** Buckets start at midnight, Vietnam time: a day is a Vietnamese day, an hour the same in both zones. */
const BUCKET_ORIGIN = '2000-01-01T00:00:00+07:00';

/*
 * Values are read as stored (float4): both drivers turn 87.4 back into 87.4,
 * where a cast to float8 would show 87.40000152587891.
 */

/**
 * The time of the newest reading of the station aliased `s` (a
 * `monitoring_stations` row), of any of its parameters, at or before
 * `before` when given: its newest row per parameter through the primary key.
 */
export function newestReadingOfStation(before: Date | null = null): SQL {
  return sql`(
    select max(r.measured_at)
    from monitoring_station_parameters sp
    cross join lateral (
      select mr.measured_at from monitoring_readings mr
      where mr.station_number = s.number and mr.parameter_id = sp.parameter_id
        ${before === null ? sql`` : sql`and mr.measured_at <= ${before.toISOString()}::timestamptz`}
      order by mr.measured_at desc limit 1
    ) r
    where sp.station_id = s.id
  )`;
}

/**
 * Reads readings back. Every query names one station and goes through the
 * primary key (station, parameter, time), so its cost follows the rows it
 * returns, not the size of the table.
 */
export class ReadingRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  /**
   * One parameter's readings in [from, to): every reading (RAW), or per hour
   * or per Vietnamese day the average, minimum, maximum and number of those
   * measured normally — calibration and device-error values would distort
   * them (Thông tư 10/2021/TT-BTNMT).
   */
  async series(
    stationNumber: number,
    parameterId: number,
    from: Date,
    to: Date,
    resolution: Resolution,
  ): Promise<SeriesPoint[]> {
    const where = sql`station_number = ${stationNumber} and parameter_id = ${parameterId}
      and measured_at >= ${from.toISOString()}::timestamptz and measured_at < ${to.toISOString()}::timestamptz`;
    if (resolution === 'RAW') {
      const result = (await this.db.execute(sql`
        select measured_at, value, status from monitoring_readings
        where ${where} order by measured_at`)) as {
        rows: Array<{ measured_at: Date | string; value: number; status: number }>;
      };
      return result.rows.map((row) => ({
        measuredAt: instantFromDatabase(row.measured_at),
        value: row.value,
        min: null,
        max: null,
        count: 1,
        status: row.status as 0 | 1 | 2,
      }));
    }
    const width = resolution === 'HOUR' ? '1 hour' : '1 day';
    const result = (await this.db.execute(sql`
      select date_bin(${width}::interval, measured_at, ${BUCKET_ORIGIN}::timestamptz) as bucket,
             avg(value)::float8 as value, min(value) as min, max(value) as max,
             count(*)::int as count
      from monitoring_readings
      where ${where} and status = 0
      group by bucket order by bucket`)) as {
      rows: Array<{
        bucket: Date | string;
        value: number;
        min: number;
        max: number;
        count: number;
      }>;
    };
    return result.rows.map((row) => ({
      measuredAt: instantFromDatabase(row.bucket),
      value: row.value,
      min: row.min,
      max: row.max,
      count: row.count,
      status: null,
    }));
  }

  /**
   * The normal readings (status 00) in [from, to) outside the limit that
   * applied when they were measured, oldest first, at most `limit` of them.
   * One index range per limit period, on the key.
   */
  async exceedances(
    stationNumber: number,
    schedule: readonly LimitPeriod[],
    from: Date,
    to: Date,
    limit: number,
  ): Promise<ExceedingReading[]> {
    if (schedule.length === 0) return [];
    const result = (await this.db.execute(sql`
      select l.period, r.measured_at, r.value
      from unnest(${sql.param(schedule.map((_, i) => i))}::int4[],
                  ${sql.param(schedule.map((p) => p.parameterId))}::int2[],
                  ${sql.param(schedule.map((p) => p.from.toISOString()))}::timestamptz[],
                  ${sql.param(schedule.map((p) => p.to?.toISOString() ?? null))}::timestamptz[],
                  ${sql.param(schedule.map((p) => p.min))}::float4[],
                  ${sql.param(schedule.map((p) => p.max))}::float4[])
             as l(period, parameter_id, valid_from, valid_to, min, max)
      cross join lateral (
        select measured_at, value from monitoring_readings r
        where r.station_number = ${stationNumber} and r.parameter_id = l.parameter_id
          and r.measured_at >= greatest(${from.toISOString()}::timestamptz, l.valid_from)
          and r.measured_at < least(${to.toISOString()}::timestamptz, coalesce(l.valid_to, 'infinity'))
          and r.status = 0 and (r.value > l.max or r.value < l.min)
      ) r
      order by r.measured_at, l.parameter_id
      limit ${limit}`)) as {
      rows: Array<{ period: number; measured_at: Date | string; value: number }>;
    };
    return result.rows.map((row) => ({
      period: row.period,
      measuredAt: instantFromDatabase(row.measured_at),
      value: row.value,
    }));
  }

  /**
   * Per station and parameter, the Vietnamese days in [from, to) whose
   * average of normal readings was outside the limit that applied that day
   * (limit periods begin at a day's start, so a day lies in one), with the
   * worst factor: one statement, each pair one range of the primary key.
   */
  async exceedingDays(
    limits: ReadonlyArray<{ stationNumber: number; period: LimitPeriod }>,
    from: Date,
    to: Date,
  ): Promise<ExceedingDays[]> {
    if (limits.length === 0) return [];
    const result = (await this.db.execute(sql`
      select l.station_number, l.parameter_id, count(*)::int as days,
             max(case when d.avg > l.max then d.avg::float8 / l.max
                      else l.min::float8 / greatest(d.avg::float8, 0.01) end) as worst
      from unnest(${sql.param(limits.map((l) => l.stationNumber))}::int4[],
                  ${sql.param(limits.map((l) => l.period.parameterId))}::int2[],
                  ${sql.param(limits.map((l) => l.period.from.toISOString()))}::timestamptz[],
                  ${sql.param(limits.map((l) => l.period.to?.toISOString() ?? null))}::timestamptz[],
                  ${sql.param(limits.map((l) => l.period.min))}::float4[],
                  ${sql.param(limits.map((l) => l.period.max))}::float4[])
             as l(station_number, parameter_id, valid_from, valid_to, min, max)
      cross join lateral (
        select date_bin('1 day'::interval, measured_at, ${BUCKET_ORIGIN}::timestamptz) as day,
               avg(value)::float4 as avg
        from monitoring_readings r
        where r.station_number = l.station_number and r.parameter_id = l.parameter_id
          and r.measured_at >= greatest(${from.toISOString()}::timestamptz, l.valid_from)
          and r.measured_at < least(${to.toISOString()}::timestamptz, coalesce(l.valid_to, 'infinity'))
          and r.status = 0
        group by 1
      ) d
      where d.avg > l.max or d.avg < l.min
      group by l.station_number, l.parameter_id
      order by l.station_number, l.parameter_id`)) as {
      rows: Array<{ station_number: number; parameter_id: number; days: number; worst: number }>;
    };
    return result.rows.map((row) => ({
      stationNumber: row.station_number,
      parameterId: row.parameter_id,
      days: row.days,
      worstFactor: Number(row.worst),
    }));
  }

  /**
   * Per station, the Vietnamese days in [from, to) on which it sent any
   * reading of any of its parameters, whatever its status: one index probe
   * per station, parameter and day (a lateral probe with a limit, so that
   * the planner cannot hash the readings instead).
   */
  async daysWithData(
    pairs: ReadonlyArray<{ stationNumber: number; parameterId: number }>,
    from: Date,
    to: Date,
  ): Promise<Map<number, number>> {
    if (pairs.length === 0) return new Map();
    const result = (await this.db.execute(sql`
      select s.station_number, count(distinct g.day)::int as days
      from unnest(${sql.param(pairs.map((p) => p.stationNumber))}::int4[],
                  ${sql.param(pairs.map((p) => p.parameterId))}::int2[])
             as s(station_number, parameter_id)
      cross join generate_series(${from.toISOString()}::timestamptz,
                                 ${to.toISOString()}::timestamptz - interval '1 day',
                                 interval '1 day') as g(day)
      cross join lateral (
        select 1 from monitoring_readings r
        where r.station_number = s.station_number and r.parameter_id = s.parameter_id
          and r.measured_at >= g.day and r.measured_at < g.day + interval '1 day'
        limit 1
      ) sent
      group by s.station_number`)) as { rows: Array<{ station_number: number; days: number }> };
    return new Map(result.rows.map((row) => [row.station_number, row.days]));
  }

  /**
   * The periods within [from, to) longer than `silenceMs` in which the
   * station sent no reading of any of `parameterIds`, whatever its status:
   * a silent station is itself a finding. The window's ends count as
   * boundaries, so a station silent since before `from` shows a gap from
   * `from`.
   */
  async gaps(
    stationNumber: number,
    parameterIds: readonly number[],
    from: Date,
    to: Date,
    silenceMs: number,
  ): Promise<Array<{ from: Date; to: Date }>> {
    const result = (await this.db.execute(sql`
      with times as (
        select ${from.toISOString()}::timestamptz as at
        union
        select measured_at from monitoring_readings
        where station_number = ${stationNumber} and parameter_id = any(${sql.param([...parameterIds])}::int2[])
          and measured_at >= ${from.toISOString()}::timestamptz and measured_at < ${to.toISOString()}::timestamptz
        union
        select ${to.toISOString()}::timestamptz
      ), spans as (
        select at, lead(at) over (order by at) as next from times
      )
      select at, next from spans
      where next - at > ${`${silenceMs / 1000} seconds`}::interval
      order by at`)) as { rows: Array<{ at: Date | string; next: Date | string }> };
    return result.rows.map((row) => ({
      from: instantFromDatabase(row.at),
      to: instantFromDatabase(row.next),
    }));
  }
  /**
   * Each station's newest reading, of any of its parameters, at or before
   * `at`: one statement for all of them, each station read through the
   * primary key (its newest row per parameter), as the silence check reads it.
   */
  async latestBefore(stationNumbers: readonly number[], at: Date): Promise<Map<number, Date>> {
    if (stationNumbers.length === 0) return new Map();
    const result = (await this.db.execute(sql`
      select s.number, latest.at
      from monitoring_stations s
      cross join lateral (select ${newestReadingOfStation(at)} as at) latest
      where s.number = any(${sql.param([...stationNumbers])}::int[]) and latest.at is not null`)) as {
      rows: Array<{ number: number; at: Date | string }>;
    };
    return new Map(result.rows.map((row) => [Number(row.number), instantFromDatabase(row.at)]));
  }
}
