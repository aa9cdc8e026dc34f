import { seedReadingWindow } from '@ipc-hub/seed/monitoring';
import { withClient } from '../databases';
import { checked, clean, type GraphQLClient, requestBody } from '../load/GraphQLClient';
import type { ReadingsDatabase } from '../monitoring/readingsDatabase';
import { READINGS } from '../queries';
import { type LatencyStats, latencyStats, ratio, round } from '../stats';

export interface ReadingsSide {
  database: Omit<ReadingsDatabase, 'url'>;
  /** the first request after the subgraph started, its caches cold */
  firstMs: number;
  latency: LatencyStats;
}

export interface HourlyAggregates {
  station: string;
  parameter: string;
  from: string;
  to: string;
  /** hours in the answer */
  points: number;
  small: ReadingsSide;
  large: ReadingsSide;
  /** median at the large table ÷ median at the small one */
  medianRatio: number;
  p95Ratio: number;
  goal: 1.5;
}

export interface ReadingsTarget {
  database: ReadingsDatabase;
  /** the environment subgraph running on that database */
  client: GraphQLClient;
}

const PARAMETER = 'COD';
const MONTH_MS = 30 * 86_400_000;

type Answer = { monitoringStation: { readings: unknown[] | null } | null };

/**
 * (f) A month of one station's COD as hourly averages
 * (`MonitoringStation.readings(resolution: HOUR)`), asked of the
 * environment subgraph as deployed, on a readings table of ~10 million
 * rows and on one of ~100 million, alternating. The month is the last one
 * the demo's readings cover, so both answer the same hours (up to 720).
 */
export async function hourlyAggregates(
  small: ReadingsTarget,
  large: ReadingsTarget,
  runs: number,
  warmup: number,
): Promise<HourlyAggregates> {
  const station = await withClient(small.database.url, async (client) => {
    const result = await client.query<{ id: string; code: string }>(
      `select s.id, s.code from monitoring_stations s
       join monitoring_station_parameters sp on sp.station_id = s.id
       join monitoring_parameters p on p.id = sp.parameter_id
       where p.code = $1 order by s.number limit 1`,
      [PARAMETER],
    );
    const row = result.rows[0];
    if (!row) throw new Error(`no station measures ${PARAMETER}`);
    return row;
  });
  const to = seedReadingWindow().to;
  const from = new Date(to.getTime() - MONTH_MS);
  const body = requestBody(READINGS, {
    id: station.id,
    parameter: PARAMETER,
    from: from.toISOString(),
    to: to.toISOString(),
  });

  const first = async (target: ReadingsTarget, name: string) => {
    const answer = await target.client.post(body);
    const points = checked<Answer>(answer, name).monitoringStation?.readings?.length ?? 0;
    return { ms: answer.ms, points };
  };
  const smallFirst = await first(small, 'environment on 10M readings');
  const largeFirst = await first(large, 'environment on 100M readings');
  if (smallFirst.points === 0 || smallFirst.points !== largeFirst.points) {
    throw new Error(
      `the month has ${smallFirst.points} hours at 10M and ${largeFirst.points} at 100M`,
    );
  }
  const timed = async (target: ReadingsTarget): Promise<number> => {
    const answer = await target.client.post(body);
    if (!clean(answer)) checked(answer, 'environment');
    return answer.ms;
  };
  for (let i = 0; i < warmup; i += 1) {
    await timed(small);
    await timed(large);
  }
  const smallMs: number[] = [];
  const largeMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    smallMs.push(await timed(small));
    largeMs.push(await timed(large));
  }
  const side = (target: ReadingsTarget, firstMs: number, samples: number[]): ReadingsSide => {
    const { url: _url, ...database } = target.database;
    return { database, firstMs: round(firstMs), latency: latencyStats(samples) };
  };
  const smallSide = side(small, smallFirst.ms, smallMs);
  const largeSide = side(large, largeFirst.ms, largeMs);
  return {
    station: station.code,
    parameter: PARAMETER,
    from: from.toISOString(),
    to: to.toISOString(),
    points: smallFirst.points,
    small: smallSide,
    large: largeSide,
    medianRatio: ratio(largeSide.latency.medianMs, smallSide.latency.medianMs),
    p95Ratio: ratio(largeSide.latency.p95Ms, smallSide.latency.p95Ms),
    goal: 1.5,
  };
}
