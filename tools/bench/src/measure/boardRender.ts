import { existsSync } from 'node:fs';
import { PlanReportQuery, QuarterValuesQuery } from '@ipc-hub/console/queries';
import { CHROMIUM_PATH, launchChromium } from '@ipc-hub/testing/chromium';
import { print } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import type { NotMeasured } from '../notMeasured';
import { type LatencyStats, latencyStats, ratio } from '../stats';

export interface BoardRender {
  runs: number;
  /** navigation start to the board fully drawn: seven targets, their charts, no progress bar */
  render: LatencyStats;
  /** the board's own four requests (the report and three quarters' values) answered together */
  query: LatencyStats;
  /** render ÷ query, medians: what the page adds to the API's own time */
  ratio: number;
  /** bytes the page downloads with an empty cache, as sent (compressed): scripts, and everything */
  scriptBytes: number;
  totalBytes: number;
  /** the same scripts uncompressed */
  scriptBytesDecoded: number;
  /** the encoding the scripts came in */
  scriptEncoding: string;
  goalMs: number;
  goalScriptBytes: number;
}

const GOAL_MS = 1500;
const GOAL_SCRIPT_BYTES = 500_000;

/**
 * (m) The city board in headless Chromium against a running hub (`pnpm
 * start`'s embedded default): each run a new browser context with an empty
 * cache, timed by the page's own clock from navigation start to the moment
 * the seven targets, their seven charts and the four quarters are all
 * drawn (no progress bar left). The bytes are the responses as sent, from
 * the browser's own accounting. The baseline is the board's own two
 * queries fetched by the bench, alternating with the page.
 */
export async function boardRender(base: string, runs: number): Promise<BoardRender | NotMeasured> {
  if (!existsSync(CHROMIUM_PATH)) return { notMeasured: `no Chromium at ${CHROMIUM_PATH}` };
  const index = await fetch(`${base}/`).catch(() => undefined);
  if (!index?.ok || !(index.headers.get('content-type') ?? '').startsWith('text/html')) {
    return { notMeasured: '! the hub serves no console (its build failed?)' };
  }
  const browser = await launchChromium();
  try {
    // one warm-up of each: the hub's first report reads are slower than the rest
    await renderOnce(browser, base);
    await queryOnce(base);
    const render: number[] = [];
    const query: number[] = [];
    let bytes: Bytes | undefined;
    for (let i = 0; i < runs; i++) {
      const run = await renderOnce(browser, base);
      render.push(run.ms);
      bytes ??= run.bytes;
      query.push(await queryOnce(base));
    }
    if (!bytes) throw new Error('no run');
    const renderStats = latencyStats(render);
    const queryStats = latencyStats(query);
    return {
      runs,
      render: renderStats,
      query: queryStats,
      ratio: ratio(renderStats.medianMs, queryStats.medianMs),
      ...bytes,
      goalMs: GOAL_MS,
      goalScriptBytes: GOAL_SCRIPT_BYTES,
    };
  } finally {
    await browser.close();
  }
}

interface Bytes {
  scriptBytes: number;
  totalBytes: number;
  scriptBytesDecoded: number;
  scriptEncoding: string;
}

async function renderOnce(browser: Browser, base: string): Promise<{ ms: number; bytes: Bytes }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const types = new Map<string, string>();
    const encodings = new Map<string, string>();
    const sizes: Array<{ id: string; encoded: number }> = [];
    cdp.on('Network.responseReceived', (event) => {
      types.set(event.requestId, event.type);
      const encoding = Object.entries(event.response.headers).find(
        ([name]) => name.toLowerCase() === 'content-encoding',
      )?.[1];
      encodings.set(event.requestId, String(encoding ?? 'identity'));
    });
    cdp.on('Network.loadingFinished', (event) => {
      sizes.push({ id: event.requestId, encoded: event.encodedDataLength });
    });
    await page.goto(`${base}/`);
    const ms = await drawn(page);
    const scripts = sizes.filter((s) => types.get(s.id) === 'Script');
    const decoded = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script')
        .reduce((sum, e) => sum + (e as PerformanceResourceTiming).decodedBodySize, 0),
    );
    return {
      ms,
      bytes: {
        scriptBytes: scripts.reduce((sum, s) => sum + s.encoded, 0),
        totalBytes: sizes.reduce((sum, s) => sum + s.encoded, 0),
        scriptBytesDecoded: decoded,
        scriptEncoding: [...new Set(scripts.map((s) => encodings.get(s.id) ?? '?'))].join(', '),
      },
    };
  } finally {
    await context.close();
  }
}

/** Milliseconds from navigation start, by the page's clock, to the board fully drawn. */
async function drawn(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const targets = document.querySelectorAll('[data-testid=target]');
      const charts = document.querySelectorAll('[data-testid=target] svg');
      const busy = document.querySelectorAll('progress').length;
      return targets.length === 7 && charts.length === 7 && busy === 0 ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * The board's own requests, sent together as the page sends them: the
 * period's report and the values of the three quarters before it (the
 * fourth is the report itself); milliseconds until all are answered.
 */
async function queryOnce(base: string): Promise<number> {
  const started = performance.now();
  const ask = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: Array<{ message?: string }> };
    if (!response.ok || body.errors) {
      const reason = body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`;
      throw new Error(`the board's query failed: ${reason}`);
    }
  };
  const period = lastQuarter();
  await Promise.all([
    ask(REPORT, { period }),
    ...quartersBefore(period).map((p) => ask(VALUES, { period: p })),
  ]);
  return performance.now() - started;
}

/** The three quarters before a quarter, oldest first. */
function quartersBefore(period: string): string[] {
  let year = Number(period.slice(0, 4));
  let quarter = Number(period.slice(6));
  const out: string[] = [];
  for (let i = 0; i < 3; i++) {
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
    out.unshift(`${year}-Q${quarter}`);
  }
  return out;
}

/** The board's own default period: the last complete quarter. */
function lastQuarter(today = new Date()): string {
  const q = Math.floor(today.getMonth() / 3);
  return q === 0 ? `${today.getFullYear() - 1}-Q4` : `${today.getFullYear()}-Q${q}`;
}

/** The board's two queries, the very documents the console sends (packages/console/src/queries.ts). */
const REPORT = print(PlanReportQuery);
const VALUES = print(QuarterValuesQuery);
