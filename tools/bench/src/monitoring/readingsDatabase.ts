import { withClient } from '../databases';
import {
  type BuildRecord,
  buildRecord,
  createDemoEnvironment,
  recordBuild,
} from './demoEnvironment';

export interface ReadingsDatabase {
  url: string;
  /** rows in `monitoring_readings` */
  readings: number;
  build: BuildRecord;
  /** false when an earlier run built it and this one reused it */
  builtThisRun: boolean;
  sizeMb: { database: number; readingsTable: number; readingsIndexes: number };
}

/** Days of readings per INSERT: a month of the demo's network is about 1.6 million rows. */
const SLICE_DAYS = 30;
const CYCLE_MS = 300_000;

/**
 * The readings of the demo's 35 stations (183 station-parameters) every 5
 * minutes for `[from, to)`, oldest first, in one set-based statement:
 * time-major, as a network's files arrive, so the table's physical order is
 * the real one. Values follow the working day around 40 % of the
 * parameter's largest limit; about 1 % calibrating and 0.5 % device errors.
 */
const INSERT_SLICE = `
with sp as materialized (
  select s.number as station_number, p.parameter_id,
         coalesce((select max(l.max_value) from regulation_limits l where l.parameter_id = p.parameter_id), 50) * 0.4 as level
  from monitoring_stations s
  join monitoring_station_parameters p on p.station_id = s.id
  order by s.number, p.parameter_id
)
insert into monitoring_readings (measured_at, station_number, value, parameter_id, status)
select t.at, r.station_number, r.value, r.parameter_id, r.status
from (
  select at, 1 + 0.3 * sin(2 * pi() * (extract(hour from at at time zone 'Asia/Ho_Chi_Minh') - 8) / 24) as daily
  from generate_series($1::timestamptz, $2::timestamptz - interval '5 minutes', interval '5 minutes') as at
) t
cross join lateral (
  select sp.station_number, sp.parameter_id,
         (sp.level * t.daily * (0.8 + 0.4 * random()))::real as value,
         (case when random() < 0.01 then 1 when random() < 0.005 then 2 else 0 end)::smallint as status
  from sp
) r`;

/**
 * A database of DONRE's holding about `target` readings: the demo (its
 * stations and their two seeded weeks) extended back in time with
 * generated readings, then vacuumed and analyzed as a settled table would
 * be. Built once and kept: later runs find its build record and reuse it.
 */
export async function readingsDatabase(
  adminUrl: string,
  url: string,
  target: number,
  say: (line: string) => void,
): Promise<ReadingsDatabase> {
  const found = await buildRecord(url);
  const build = found ?? (await buildReadings(adminUrl, url, target, say));
  return {
    url,
    readings: build.readings,
    build,
    builtThisRun: found === null,
    sizeMb: await sizes(url),
  };
}

async function buildReadings(
  adminUrl: string,
  url: string,
  target: number,
  say: (line: string) => void,
): Promise<BuildRecord> {
  const started = performance.now();
  say(
    `   building ${new URL(url).pathname.slice(1)} (missing, unfinished or older than the migrations): the demo, then readings back in time…`,
  );
  await createDemoEnvironment(adminUrl, url);
  const readings = await withClient(url, async (client) => {
    const seeded = (
      await client.query<{ n: string; first: Date }>(
        'select count(*) as n, min(measured_at) as first from monitoring_readings',
      )
    ).rows[0];
    const perCycle = Number(
      (await client.query<{ n: string }>('select count(*) as n from monitoring_station_parameters'))
        .rows[0]?.n,
    );
    if (!seeded?.first || !perCycle) throw new Error(`${url}: the demo seeded no readings`);
    const end = Math.floor(seeded.first.getTime() / CYCLE_MS) * CYCLE_MS;
    const cycles = Math.max(0, Math.ceil((target - Number(seeded.n)) / perCycle));
    const start = end - cycles * CYCLE_MS;
    let total = Number(seeded.n);
    for (let from = start; from < end; from += SLICE_DAYS * 86_400_000) {
      const to = Math.min(end, from + SLICE_DAYS * 86_400_000);
      const result = await client.query(INSERT_SLICE, [
        new Date(from).toISOString(),
        new Date(to).toISOString(),
      ]);
      total += result.rowCount ?? 0;
      say(
        `    ${(total / 1e6).toFixed(1)} M of ${(target / 1e6).toFixed(0)} M readings (${seconds(started)} s)`,
      );
    }
    // as autovacuum would have left a settled table: visibility map set, statistics fresh
    await client.query('vacuum analyze monitoring_readings');
    return total;
  });
  return recordBuild(url, { readings, buildSeconds: Number(seconds(started)) });
}

/** Sizes on disk; a partitioned table's partitions are summed (pg_partition_tree lists none of a plain table). */
async function sizes(url: string): Promise<ReadingsDatabase['sizeMb']> {
  return withClient(url, async (client) => {
    const row = (
      await client.query<{ database: string; heap: string; indexes: string }>(
        `select pg_database_size(current_database()) as database,
                sum(pg_table_size(relid)) as heap, sum(pg_indexes_size(relid)) as indexes
         from (select relid from pg_partition_tree('monitoring_readings')
               union select 'monitoring_readings'::regclass) as t(relid)`,
      )
    ).rows[0];
    const mb = (bytes: string | undefined) => Math.round(Number(bytes ?? 0) / 1024 / 1024);
    return {
      database: mb(row?.database),
      readingsTable: mb(row?.heap),
      readingsIndexes: mb(row?.indexes),
    };
  });
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
