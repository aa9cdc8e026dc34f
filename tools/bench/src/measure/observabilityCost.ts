import { checked, clean, type GraphQLClient, requestBody } from '../load/GraphQLClient';
import { DASHBOARD } from '../queries';
import { type LatencyStats, latencyStats, ratio } from '../stats';
import { firstDifference } from './firstDifference';

export interface ObservabilityCost {
  facilities: number;
  /** a stack sending every span to an OTLP receiver, its /metrics scraped every second */
  observed: LatencyStats;
  /** the bench's stack: no exporter configured (nothing recorded), nobody scraping */
  plain: LatencyStats;
  medianRatio: number;
  p95Ratio: number;
  /** what reached the receiver and the scraper during the observed runs */
  exports: number;
  exportedKb: number;
  scrapes: number;
  /** null when both answer the same; else where they first differ */
  difference: string | null;
}

/**
 * (o) The dashboard through the bench's stack and through a second stack
 * alike on the same databases with tracing on (every service exporting its
 * spans over OTLP/HTTP to a receiver on loopback) and its metrics scraped
 * every second (Prometheus scrapes every 15 to 60 s: this is the heavy
 * end), alternating run by run. Metrics are always counted; what can be
 * turned off is their scraping, and tracing.
 */
export async function observabilityCost(
  observed: GraphQLClient,
  plain: GraphQLClient,
  scrape: () => Promise<void>,
  exported: () => { requests: number; bytes: number },
  facilities: number,
  runs: number,
  warmup: number,
): Promise<ObservabilityCost> {
  const body = requestBody(DASHBOARD, { first: facilities });
  const difference = firstDifference(
    checked(await observed.post(body), 'traced gateway'),
    checked(await plain.post(body), 'gateway'),
  );
  for (let i = 0; i < warmup; i += 1) {
    await observed.post(body);
    await plain.post(body);
  }
  let scrapes = 0;
  let scraping = true;
  const scraper = (async () => {
    while (scraping) {
      await scrape();
      scrapes += 1;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  })();
  const before = exported();
  const on: number[] = [];
  const off: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const traced = await observed.post(body);
      if (!clean(traced)) checked(traced, 'traced gateway');
      on.push(traced.ms);
      const untraced = await plain.post(body);
      if (!clean(untraced)) checked(untraced, 'gateway');
      off.push(untraced.ms);
    }
  } finally {
    scraping = false;
    await scraper;
  }
  // the batch processor sends within a few seconds of the last span
  await new Promise((resolve) => setTimeout(resolve, 6000));
  const after = exported();
  const observedStats = latencyStats(on);
  const plainStats = latencyStats(off);
  return {
    facilities,
    observed: observedStats,
    plain: plainStats,
    medianRatio: ratio(observedStats.medianMs, plainStats.medianMs),
    p95Ratio: ratio(observedStats.p95Ms, plainStats.p95Ms),
    exports: after.requests - before.requests,
    exportedKb: (after.bytes - before.bytes) / 1024,
    scrapes,
    difference,
  };
}
