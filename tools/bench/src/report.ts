import type { BenchResults, Row } from './benchResults';
import type { SubgraphName } from './databases';
import {
  attackRows,
  boardRenderRows,
  coldStartRows,
  guardsRows,
  ingestionRows,
  notificationsRows,
  observabilityRows,
  partNotes,
  peerRows,
  readingsRows,
  reportTimeRows,
  testSuiteRows,
} from './reportParts';
import { deployedNodeOptions } from './stack/deployedNodeOptions';

export type { BenchResults, Row } from './benchResults';

/** The goal cell of c's CPU row: the concurrency is meant to keep every core busy. */
function saturated(cores: number, cpus: number): string {
  return `${cpus} cores: ${cores >= 0.8 * cpus ? 'met' : 'NOT REACHED'}`;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const times = (value: number) => `${value.toFixed(2)}×`;

/** The one table `pnpm bench` prints: every figure next to its baseline of the same run. */
export function formatTable(results: BenchResults): string {
  const a = results.federationOverhead;
  const b = results.statementsPerRequest;
  const c = results.smallQueryThroughput;
  const d = results.fieldAccessCost;
  const sizes = Object.keys(b.bySize);
  const rows: Row[] = [
    ['figure', 'hub', 'baseline', 'ratio', 'goal'],
    [
      `a. dashboard, ${a.facilities} facilities, median`,
      `${ms(a.gateway.medianMs)} gateway`,
      `${ms(a.floor.medianMs)} one SQL`,
      times(a.medianRatio),
      `≤ ${a.goal}× ${a.medianRatio <= a.goal ? 'met' : 'MISSED'}`,
    ],
    ['   p95', ms(a.gateway.p95Ms), ms(a.floor.p95Ms), times(a.p95Ratio), ''],
    ...(Object.keys(b.growth) as SubgraphName[]).map(
      (name, index): Row => [
        `${index === 0 ? 'b' : ' '}. SQL statements, ${name}`,
        sizes.map((size) => String(b.bySize[size]?.[name]?.statements ?? '?')).join(' / '),
        index === 0 ? `at ${sizes.join(' / ')} facilities` : '',
        times(b.growth[name]),
        `1.00× ${b.growth[name] <= 1 ? 'met' : 'MISSED'}`,
      ],
    ),
    [
      `c. facility(id), ${c.concurrency} concurrent, req/s`,
      `${c.gateway.requestsPerSecond.toFixed(0)} gateway`,
      `${c.environmentAlone.requestsPerSecond.toFixed(0)} environment alone`,
      times(c.throughputRatio),
      `≥ 0.5× ${c.throughputRatio >= 0.5 ? 'met' : 'MISSED'}`,
    ],
    [
      '   latency p50 / p95 / p99',
      `${c.gateway.latency.medianMs.toFixed(1)} / ${c.gateway.latency.p95Ms.toFixed(1)} / ${c.gateway.latency.p99Ms.toFixed(1)} ms`,
      `${c.environmentAlone.latency.medianMs.toFixed(1)} / ${c.environmentAlone.latency.p95Ms.toFixed(1)} / ${c.environmentAlone.latency.p99Ms.toFixed(1)} ms`,
      times(c.medianLatencyRatio),
      '',
    ],
    [
      '   CPU used: services + load generator',
      `${c.gateway.serviceCores.toFixed(2)} + ${c.gateway.clientCores.toFixed(2)} cores`,
      `${c.environmentAlone.serviceCores.toFixed(2)} + ${c.environmentAlone.clientCores.toFixed(2)} cores`,
      '',
      saturated(c.gateway.serviceCores + c.gateway.clientCores, results.machine.cpus),
    ],
    [
      `d. field access, ${d.facilities} facilities, median`,
      `${ms(d.shieldOn.medianMs)} shield on`,
      `${ms(d.shieldOff.medianMs)} shield off`,
      times(d.medianRatio),
      `≤ 1.2× ${d.medianRatio <= 1.2 ? 'met' : 'MISSED'}`,
    ],
    ['   p95', ms(d.shieldOn.p95Ms), ms(d.shieldOff.p95Ms), times(d.p95Ratio), ''],
    ...guardsRows(results.guardsCost),
    ...observabilityRows(results.observabilityCost),
    ...attackRows(results.attack),
    ...ingestionRows(results.ingestion),
    ...notificationsRows(results.notifications),
    ...readingsRows(results.hourlyAggregates),
    ...peerRows(results.peer),
    ...coldStartRows(results.coldStart),
    ...reportTimeRows(results.reportTime),
    ...boardRenderRows(results.boardRender),
    ...testSuiteRows(),
  ];
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: Row) =>
    row
      .map((cell, column) => cell.padEnd(widths?.[column] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = (widths ?? []).map((width) => '─'.repeat(width)).join('  ');
  const notes: string[] = [];
  if (a.difference) notes.push(`! the gateway's and the floor's answers differ: ${a.difference}`);
  if (d.difference) notes.push(`! shield on and off answer differently: ${d.difference}`);
  if (!b.stable) notes.push('! two runs of one size counted different SQL statements');
  const calls = (Object.keys(b.growth) as SubgraphName[])
    .map(
      (name) =>
        `${name} ${sizes.map((size) => String(b.bySize[size]?.[name]?.calls ?? '?')).join('/')}`,
    )
    .join(', ');
  notes.push(`subgraph calls per dashboard request (b): ${calls}`);
  if (c.gateway.errors + c.environmentAlone.errors > 0) {
    notes.push(
      `! errors under load: gateway ${c.gateway.errors}, environment ${c.environmentAlone.errors}`,
    );
  }
  notes.push(
    `CPU by service under gateway load (c): ${Object.entries(c.gateway.cpuByService)
      .map(([name, cores]) => `${name} ${cores.toFixed(2)}`)
      .join(', ')} cores`,
  );
  notes.push(...partNotes(results));
  notes.push(
    `services' Node options (as deployed: the image's NODE_OPTIONS; BENCH_NODE_OPTIONS replaces them): ${deployedNodeOptions() || 'none'}`,
  );
  notes.push(
    `peak RSS: ${Object.entries(results.peakRssMb)
      .map(([name, mb]) => `${name} ${mb ?? '?'} MB`)
      .join(', ')}`,
  );
  for (const [name, messages] of Object.entries(results.warnings)) {
    if (messages.length > 0) notes.push(`! ${name} logged: ${messages.join(' | ')}`);
  }
  return [
    `ipc-hub bench — scale ${results.scale} (${results.facilitiesSeeded} facilities), ${results.startedAt}, load average ${results.machine.loadAverage.map((n) => n.toFixed(1)).join(' ')} on ${results.machine.cpus} cores`,
    '',
    line(rows[0] as Row),
    rule,
    ...rows.slice(1).map(line),
    '',
    ...notes,
  ].join('\n');
}
