import type { LatencySummary } from './LatencyRecorder';
import type { LoadReport } from './runLoad';

export interface MemoryRow {
  name: string;
  startBytes: number | null;
  endBytes: number | null;
}

const mb = (bytes: number | null) => (bytes === null ? 'gone' : (bytes / 1048576).toFixed(1));
const ms = (value: number) => value.toFixed(1).padStart(8);
const latencyLine = (l: LatencySummary) =>
  `p50 ${ms(l.p50)}  p90 ${ms(l.p90)}  p99 ${ms(l.p99)}  max ${ms(l.max)}`;

/** The run's figures as a person reads them at the end of a soak. */
export function formatReport(title: string, load: LoadReport, memory: MemoryRow[]): string {
  const lines = [
    title,
    '',
    `requests   ${load.requests} in ${(load.elapsedMs / 1000).toFixed(1)} s = ${load.throughput.toFixed(1)} req/s`,
    `errors     ${load.errors}`,
    ...Object.entries(load.errorKinds).map(
      ([kind, { count, example }]) => `  ${kind}: ${count} (e.g. ${example})`,
    ),
    `latency ms ${latencyLine(load.latency)}  mean ${load.latency.mean.toFixed(1)}`,
    '',
    'by request                         count  latency ms                                        errors',
    ...load.byRequest.map(
      (r) =>
        `  ${r.name.padEnd(32)} ${String(r.latency.count).padStart(6)}  ${latencyLine(r.latency)}  ${r.errors}`,
    ),
    '',
    'memory (RSS, MB)   start      end   change',
    ...memory.map((row) => {
      const change =
        row.startBytes === null || row.endBytes === null
          ? '—'
          : `${row.endBytes >= row.startBytes ? '+' : ''}${mb(row.endBytes - row.startBytes)}`;
      return `  ${row.name.padEnd(14)} ${mb(row.startBytes).padStart(7)}  ${mb(row.endBytes).padStart(7)}  ${change.padStart(7)}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}
