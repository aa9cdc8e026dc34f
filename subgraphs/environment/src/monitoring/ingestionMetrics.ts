import type { Database } from '@ipc-hub/db';
import type { ServiceMetrics } from '@ipc-hub/server-kit';
import { sql } from 'drizzle-orm';

/**
 * The monitoring network's health, read from the database at each scrape,
 * so that every replica — and the folder import, which writes the same
 * tables — is seen alike: how old each station's newest reading is
 * (a station gone silent), and the readings stored per second over the last
 * minute (from the files received).
 */
export function ingestionMetrics(metrics: ServiceMetrics, db: Database): void {
  metrics.watchStations(async () => {
    // The newest reading of each station and parameter is one backward step
    // down the readings' primary key (station, parameter, time): cheap at any size.
    const result = (await db.execute(sql`
      select s.code as station,
             extract(epoch from now() - max(latest.at))::float8 as age
        from monitoring_stations s
        join monitoring_station_parameters p on p.station_id = s.id
        cross join lateral (
          select r.measured_at as at from monitoring_readings r
           where r.station_number = s.number and r.parameter_id = p.parameter_id
           order by r.measured_at desc limit 1) latest
       group by s.code`)) as { rows: Array<{ station: string; age: number }> };
    return result.rows.map((row) => ({ station: row.station, ageSeconds: Number(row.age) }));
  });
  metrics.watchIngestRate(async () => {
    const result = (await db.execute(sql`
      select coalesce(sum(accepted), 0)::float8 as n
        from monitoring_files where received_at > now() - interval '60 seconds'`)) as {
      rows: Array<{ n: number }>;
    };
    return Number(result.rows[0]?.n ?? 0) / 60;
  });
}
