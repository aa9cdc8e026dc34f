import { todayInHanoi } from '@ipc-hub/server-kit';
import pg from 'pg';
import { checked, clean, type GraphQLClient, requestBody } from '../load/GraphQLClient';
import { DASHBOARD, FLOOR_SQL } from '../queries';
import { type LatencyStats, latencyStats, ratio } from '../stats';
import { firstDifference } from './firstDifference';

export interface FederationOverhead {
  facilities: number;
  gateway: LatencyStats;
  floor: LatencyStats;
  medianRatio: number;
  p95Ratio: number;
  /** null when the gateway's `data` and the floor's JSON are the same; else where they first differ */
  difference: string | null;
  goal: 3;
}

/**
 * (a) The dashboard through the gateway against the floor: one statement
 * over the same rows in one database, sent by a node-postgres client as a
 * prepared statement (as an application would). Runs alternate between the
 * two, so that the machine's load falls on both alike.
 */
export async function federationOverhead(
  gateway: GraphQLClient,
  floorUrl: string,
  facilities: number,
  runs: number,
  warmup: number,
): Promise<FederationOverhead> {
  const body = requestBody(DASHBOARD, { first: facilities });
  const floor = new pg.Client({ connectionString: floorUrl });
  await floor.connect();
  try {
    const today = todayInHanoi();
    const floorQuery = async (): Promise<{ text: string; ms: number }> => {
      const started = performance.now();
      const result = await floor.query<{ data: string }>({
        name: 'dashboard-floor',
        text: FLOOR_SQL,
        values: [facilities, today],
      });
      const ms = performance.now() - started;
      return { text: result.rows[0]?.data ?? 'null', ms };
    };

    // The two must answer the same, or the ratio compares different work.
    const hubData = checked(await gateway.post(body), 'gateway');
    const floorData: unknown = JSON.parse((await floorQuery()).text);
    const difference = firstDifference(hubData, floorData);

    for (let i = 0; i < warmup; i += 1) {
      await gateway.post(body);
      await floorQuery();
    }
    const hubMs: number[] = [];
    const floorMs: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const answer = await gateway.post(body);
      if (!clean(answer)) checked(answer, 'gateway');
      hubMs.push(answer.ms);
      floorMs.push((await floorQuery()).ms);
    }
    const hub = latencyStats(hubMs);
    const base = latencyStats(floorMs);
    return {
      facilities,
      gateway: hub,
      floor: base,
      medianRatio: ratio(hub.medianMs, base.medianMs),
      p95Ratio: ratio(hub.p95Ms, base.p95Ms),
      difference,
      goal: 3,
    };
  } finally {
    await floor.end();
  }
}
