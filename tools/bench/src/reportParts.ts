/**
 * The rows and notes of e–l in the table `pnpm bench` prints: monitoring,
 * the peer gateway, start-up, the plan's report, the CPU profiles, the
 * guards' cost and the attack.
 */

import { SUBGRAPHS } from '@ipc-hub/registry';
import type { BenchResults, Row } from './benchResults';
import type { AttackOnStock } from './measure/attackOnStock';
import type { BoardRender } from './measure/boardRender';
import type { ColdStart } from './measure/coldStart';
import type { GuardsCost } from './measure/guardsCost';
import type { HourlyAggregates, ReadingsSide } from './measure/hourlyAggregates';
import type { IngestionThroughput } from './measure/ingestionThroughput';
import type { NotificationsThroughput } from './measure/notificationsThroughput';
import type { ObservabilityCost } from './measure/observabilityCost';
import type { PeerComparison } from './measure/peerComparison';
import type { DashboardProfile } from './measure/profiledDashboard';
import type { ReportTime } from './measure/reportTime';
import { isMeasured, type NotMeasured } from './notMeasured';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const times = (value: number) => `${value.toFixed(2)}×`;
const count = (value: number) => Math.round(value).toLocaleString('en-US');
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
/** The reason goes to the notes: it is longer than a cell. */
const notMeasured = (figure: string): Row => [figure, 'not measured', '', '', ''];

export function guardsRows(k: GuardsCost | NotMeasured): Row[] {
  if (!isMeasured(k)) return [notMeasured("k. the gateway's proof and subgraph limits")];
  return [
    [
      `k. dashboard, ${k.facilities} facilities, proof + subgraph limits, median`,
      `${ms(k.guarded.medianMs)} on`,
      `${ms(k.unguarded.medianMs)} off`,
      times(k.medianRatio),
      '',
    ],
    ['   p95', ms(k.guarded.p95Ms), ms(k.unguarded.p95Ms), times(k.p95Ratio), ''],
  ];
}

export function observabilityRows(o: ObservabilityCost | NotMeasured): Row[] {
  if (!isMeasured(o)) return [notMeasured('o. tracing and metrics')];
  return [
    [
      `o. dashboard, ${o.facilities} facilities, traced + scraped, median`,
      `${ms(o.observed.medianMs)} on`,
      `${ms(o.plain.medianMs)} off`,
      times(o.medianRatio),
      `≤ 1.10× ${verdict(o.medianRatio <= 1.1)}`,
    ],
    ['   p95', ms(o.observed.p95Ms), ms(o.plain.p95Ms), times(o.p95Ratio), ''],
    [
      '   exported / scraped',
      `${count(o.exports)} OTLP posts, ${count(o.exportedKb)} kB`,
      `${count(o.scrapes)} scrapes`,
      '',
      '',
    ],
  ];
}

export function attackRows(l: AttackOnStock | NotMeasured): Row[] {
  if (!isMeasured(l)) return [notMeasured("l. issue 16's attack, another caller")];
  return [
    [
      "l. a CITY officer's facility(id), median",
      `${ms(l.during.medianMs)} during attack`,
      `${ms(l.before.medianMs)} before`,
      times(l.medianRatio),
      '',
    ],
    ['   p95', ms(l.during.p95Ms), ms(l.before.p95Ms), times(l.p95Ratio), ''],
    [
      `   the attack: ${l.attack.concurrency} attackers, subgraph calls`,
      `${count(l.attack.subgraphCalls)} for ${count(l.attack.requests)} requests`,
      '',
      '',
      `0 ${verdict(l.attack.subgraphCalls === 0)}`,
    ],
  ];
}

export function ingestionRows(e: IngestionThroughput | NotMeasured): Row[] {
  if (!isMeasured(e)) return [notMeasured('e. monitoring ingestion')];
  return [
    [
      `e. monitoring ingestion, ${count(e.readings)} readings`,
      `${count(e.ingest.readingsPerSecond)}/s pnpm ingest`,
      `${count(e.copy.readingsPerSecond)}/s COPY`,
      times(e.ratio),
      `≥ ${e.goal.toFixed(2)}× ${verdict(e.ratio >= e.goal)}`,
    ],
    [
      '   its write path alone (ingestReadings)',
      `${count(e.write.readingsPerSecond)}/s`,
      `${count(e.copy.readingsPerSecond)}/s COPY`,
      times(e.writeRatio),
      `≥ ${e.goal.toFixed(2)}× ${verdict(e.writeRatio >= e.goal)}`,
    ],
  ];
}

export function notificationsRows(n: NotificationsThroughput | NotMeasured): Row[] {
  if (!isMeasured(n)) return [notMeasured('n. notifications')];
  const cost = (label: string, c: NotificationsThroughput['recordViolation']): Row => [
    label,
    `${count(c.withEvent)}/s with its event`,
    `${count(c.withoutEvent)}/s without`,
    times(c.ratio),
    '',
  ];
  return [
    [
      `n. events from an outbox to a webhook, ${count(n.events)} events`,
      `${count(n.eventsPerSecond)}/s`,
      '',
      '',
      '',
    ],
    cost("   recordViolation's transaction, + outbox row", n.recordViolation),
    cost("   a data file's ingestion, + EXCEEDANCE row", n.ingestion),
  ];
}

export function readingsRows(f: HourlyAggregates | NotMeasured): Row[] {
  if (!isMeasured(f)) return [notMeasured('f. a month of hourly readings')];
  return [
    [
      `f. a month of hourly ${f.parameter}, one station, median`,
      `${ms(f.large.latency.medianMs)} at ${millions(f.large)}`,
      `${ms(f.small.latency.medianMs)} at ${millions(f.small)}`,
      times(f.medianRatio),
      `≤ ${f.goal}× ${verdict(f.medianRatio <= f.goal)}`,
    ],
    ['   p95', ms(f.large.latency.p95Ms), ms(f.small.latency.p95Ms), times(f.p95Ratio), ''],
  ];
}

export function peerRows(g: PeerComparison | NotMeasured): Row[] {
  if (!isMeasured(g)) return [notMeasured('g. peer gateway')];
  const { facility, dashboard } = g;
  return [
    [
      `g. facility(id), ${g.concurrency} concurrent, req/s`,
      `${facility.ours.requestsPerSecond.toFixed(0)} ours`,
      `${facility.peer.requestsPerSecond.toFixed(0)} @graphql-hive/gateway`,
      times(facility.throughputRatio),
      `ahead (≥ 1×) ${verdict(facility.throughputRatio >= 1)}`,
    ],
    [
      '   latency p50 / p95',
      `${facility.ours.latency.medianMs.toFixed(1)} / ${facility.ours.latency.p95Ms.toFixed(1)} ms`,
      `${facility.peer.latency.medianMs.toFixed(1)} / ${facility.peer.latency.p95Ms.toFixed(1)} ms`,
      `${times(facility.medianLatencyRatio)} / ${times(facility.p95LatencyRatio)}`,
      '',
    ],
    [
      `   dashboard, ${dashboard.facilities} facilities, median`,
      `${ms(dashboard.ours.medianMs)} ours`,
      `${ms(dashboard.peer.medianMs)} @graphql-hive/gateway`,
      times(dashboard.medianRatio),
      `ahead (≤ 1×) ${verdict(dashboard.medianRatio <= 1)}`,
    ],
    ['   p95', ms(dashboard.ours.p95Ms), ms(dashboard.peer.p95Ms), times(dashboard.p95Ratio), ''],
  ];
}

export function coldStartRows(h: ColdStart | NotMeasured): Row[] {
  if (!isMeasured(h)) return [notMeasured('h. pnpm start to first answer')];
  const { memory, memoryFromSource: source, goals } = h;
  const subgraphs = SUBGRAPHS.map((agency) => agency.subgraph);
  // as processes of their own (from source) by resident memory; as threads, by what each isolate holds
  const each = (m: ColdStart['memory'], name: string) => m.byProcessMb[name] ?? m.byServiceMb[name];
  const largest = Math.max(...subgraphs.map((name) => each(memory, name) ?? Infinity));
  return [
    [
      'h. pnpm start, no data to first answer',
      `${h.coldSeconds.toFixed(1)} s`,
      'a new machine',
      '',
      `≤ ${goals.coldSeconds} s ${verdict(h.coldSeconds <= goals.coldSeconds)}`,
    ],
    [
      '   no data, on a machine that prepared before',
      `${h.copiedSeconds.toFixed(1)} s`,
      `${h.coldSeconds.toFixed(1)} s a new machine`,
      times(h.copiedSeconds / h.coldSeconds),
      `≤ ${goals.coldSeconds} s ${verdict(h.copiedSeconds <= goals.coldSeconds)}`,
    ],
    [
      '   a restart, on its data',
      `${h.warmSeconds.toFixed(1)} s`,
      `${h.coldSeconds.toFixed(1)} s from no data`,
      times(1 / h.ratio),
      `≤ ${goals.warmSeconds} s ${verdict(h.warmSeconds <= goals.warmSeconds)}`,
    ],
    [
      "   resident memory, all of pnpm start's processes",
      `${memory.totalMb} MB bundles`,
      `${source.totalMb} MB from source (tsx)`,
      times(h.memoryRatio),
      `≤ ${goals.totalMb} MB ${verdict(memory.totalMb <= goals.totalMb)}`,
    ],
    [
      `   each subgraph (${subgraphs.join(' / ')})`,
      `${subgraphs.map((name) => each(memory, name) ?? '?').join(' / ')} MB`,
      `${subgraphs.map((name) => each(source, name) ?? '?').join(' / ')} MB`,
      '',
      `≤ ${goals.subgraphMb} MB ${verdict(largest <= goals.subgraphMb)}`,
    ],
  ];
}

/** The suite's time on the embedded default: 20 minutes and more, run apart from the bench. */
export function testSuiteRows(): Row[] {
  return [
    ['n. pnpm test on the embedded default', 'not measured', '', '', '≤ 8 min (docs/embedded.md)'],
  ];
}

export function reportTimeRows(i: ReportTime | NotMeasured): Row[] {
  if (!isMeasured(i)) return [notMeasured('i. plan report, whole city')];
  // the goal is the median (issue 17); p95 is shown beside it
  return [i.year, i.quarter].flatMap((p) => [
    [
      `i. plan report ${p.period}, whole city, median / p95`,
      `${p.latency.medianMs.toFixed(0)} / ${p.latency.p95Ms.toFixed(0)} ms`,
      '',
      '',
      `< ${i.goalMs / 1000} s ${verdict(p.latency.medianMs < i.goalMs)}`,
    ] satisfies Row,
    [
      '   subgraph calls for one report',
      p.subgraphCalls === null ? 'not counted' : count(p.subgraphCalls),
      '',
      '',
      'same at every scale',
    ] satisfies Row,
    [
      '   SQL statements for one report',
      p.sqlStatements === null ? 'not counted' : count(p.sqlStatements),
      '',
      '',
      'same at every scale',
    ] satisfies Row,
  ]);
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;

export function boardRenderRows(m: BoardRender | NotMeasured): Row[] {
  if (!isMeasured(m)) return [notMeasured('m. city board in Chromium')];
  return [
    [
      `m. city board drawn in Chromium, median / p95 of ${m.runs}`,
      `${m.render.medianMs.toFixed(0)} / ${m.render.p95Ms.toFixed(0)} ms`,
      `${m.query.medianMs.toFixed(0)} ms its queries`,
      times(m.ratio),
      `< ${m.goalMs / 1000} s ${verdict(m.render.medianMs < m.goalMs)}`,
    ],
    [
      '   script downloaded (as sent) / all bytes',
      `${kB(m.scriptBytes)} ${m.scriptEncoding} / ${kB(m.totalBytes)}`,
      `${kB(m.scriptBytesDecoded)} uncompressed`,
      '',
      `< ${m.goalScriptBytes / 1000} kB ${verdict(m.scriptBytes < m.goalScriptBytes)}`,
    ],
  ];
}

export function partNotes(
  parts: Pick<
    BenchResults,
    | 'ingestion'
    | 'hourlyAggregates'
    | 'peer'
    | 'coldStart'
    | 'reportTime'
    | 'boardRender'
    | 'cpuProfile'
    | 'guardsCost'
    | 'observabilityCost'
    | 'attack'
  >,
): string[] {
  const { ingestion: e, hourlyAggregates: f, peer: g, coldStart: h, reportTime: i } = parts;
  const { cpuProfile: j, guardsCost: k, attack: l, boardRender: m, observabilityCost: o } = parts;
  // a reason starting with `!` is something to look at, not a part left out on purpose
  const notes = Object.entries({ e, f, g, h, i, j, k, l, m, o }).flatMap(([letter, part]) =>
    isMeasured(part)
      ? []
      : [
          part.notMeasured.startsWith('!')
            ? `! ${letter} not measured: ${part.notMeasured.slice(1).trim()}`
            : `${letter} not measured: ${part.notMeasured}`,
        ],
  );
  if (isMeasured(o) && o.difference) {
    notes.push(`! traced and untraced stacks answer differently: ${o.difference}`);
  }
  if (isMeasured(o) && o.exports === 0) {
    notes.push('! the traced stack exported no spans: tracing was not on');
  }
  if (isMeasured(k) && k.difference) {
    notes.push(`! with and without proof and limits, the answers differ: ${k.difference}`);
  }
  if (isMeasured(l)) notes.push(...attackNotes(l));
  if (isMeasured(e)) {
    notes.push(
      `ingestion (e): ${count(e.files)} files of ${e.stations} stations over ${e.days} days, ${e.exceedances} exceedances; readings/s by round: pnpm ingest ${e.ingest.rates.map(count).join(', ')}; write path ${e.write.rates.map(count).join(', ')}; COPY ${e.copy.rates.map(count).join(', ')}`,
    );
  }
  if (isMeasured(f)) {
    notes.push(
      `readings (f): station ${f.station}, ${f.from.slice(0, 10)} to ${f.to.slice(0, 10)}, ${f.points} hours; first (cold) request ${ms(f.small.firstMs)} at ${millions(f.small)}, ${ms(f.large.firstMs)} at ${millions(f.large)}`,
    );
    for (const side of [f.small, f.large]) notes.push(`  ${describeDatabase(side)}`);
  }
  if (isMeasured(g) && g.supergraph) {
    notes.push(`! the peer served ${g.supergraph} (--peer-supergraph), not the hub's supergraph`);
  }
  if (isMeasured(g) && g.difference) {
    notes.push(`! our gateway and the peer answer differently: ${g.difference}`);
  }
  if (isMeasured(g) && g.facility.ours.errors + g.facility.peer.errors > 0) {
    notes.push(
      `! errors under load (g): ours ${g.facility.ours.errors}, peer ${g.facility.peer.errors}`,
    );
  }
  if (isMeasured(g)) {
    notes.push(
      `CPU by service under peer load (g): ${Object.entries(g.facility.peer.cpuByService)
        .map(([name, cores]) => `${name} ${cores.toFixed(2)}`)
        .join(', ')} cores`,
    );
  }
  if (isMeasured(h)) {
    const by = (memory: Record<string, number>) =>
      Object.entries(memory)
        .map(([name, mb]) => `${name} ${mb}`)
        .join(', ');
    notes.push(`pnpm start's memory (h), MB: ${by(h.memory.byProcessMb)}`);
    notes.push(`  by service, heap and external of each isolate: ${by(h.memory.byServiceMb)}`);
    notes.push(`  from source through tsx: ${by(h.memoryFromSource.byProcessMb)}`);
  }
  if (isMeasured(i)) {
    for (const p of [i.year, i.quarter]) {
      notes.push(
        `plan report (i) ${p.period}: ${p.indicators} indicators, ${p.items} drill-down items`,
      );
    }
  }
  if (isMeasured(j)) notes.push(...profileNotes(j));
  return notes;
}

function profileNotes(j: DashboardProfile): string[] {
  const lines = [
    `CPU profiles (j) of the dashboard, ${j.facilities} facilities, ${j.latency.n} runs under --cpu-prof (median ${ms(j.latency.medianMs)}), in results/${j.folder}:`,
  ];
  for (const [service, summary] of Object.entries(j.services)) {
    if (!summary) {
      lines.push(`! ${service}: no profile written`);
      continue;
    }
    const top = (items: Array<{ name: string; percent: number }>, n: number) =>
      items
        .slice(0, n)
        .map((item) => `${item.name} ${item.percent}%`)
        .join(', ');
    lines.push(
      `  ${service}: ${summary.busyMs} ms on CPU, ${summary.idleMs} ms idle; self time by package: ${top(summary.packages, 6)}`,
    );
    lines.push(`    top functions: ${top(summary.functions, 5)}`);
  }
  return lines;
}

function millions(side: ReadingsSide): string {
  return `${Math.round(side.database.readings / 1e6)}M`;
}

function describeDatabase(side: ReadingsSide): string {
  const { database } = side;
  return `${count(database.readings)} readings: database ${count(database.sizeMb.database)} MB (readings ${count(database.sizeMb.readingsTable)} MB + indexes ${count(database.sizeMb.readingsIndexes)} MB), built in ${database.build.buildSeconds.toFixed(0)} s ${database.builtThisRun ? 'in this run' : `on ${database.build.builtAt.slice(0, 10)}, reused`}`;
}

function attackNotes(l: AttackOnStock): string[] {
  const codes = (answers: Record<string, number>) =>
    Object.entries(answers)
      .map(([code, n]) => `${code} ${count(n)}`)
      .join(', ');
  const notes = [
    `attack (l): ${count(l.attack.perSecond)} requests/s answered ${codes(l.attack.answers)}; the officer at ${l.officerPerSecond}/s; first answers: ${l.firstAnswers
      .map((a) => `${a.document} from ${a.caller} → ${a.code}, ${a.subgraphCalls} subgraph calls`)
      .join('; ')}`,
  ];
  if (l.officerFailures.before + l.officerFailures.during > 0) {
    notes.push(
      `! the officer's facility was not answered ${l.officerFailures.before} times before the attack, ${l.officerFailures.during} during`,
    );
  }
  const answered =
    (l.attack.answers.answered ?? 0) + l.firstAnswers.filter((a) => a.code === 'answered').length;
  if (answered > 0 || l.attack.subgraphCalls > 0) {
    notes.push(
      `! the attack reached the subgraphs: ${answered} answered, ${l.attack.subgraphCalls} subgraph calls`,
    );
  }
  return notes;
}
