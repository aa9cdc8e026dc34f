/**
 * `pnpm soak --minutes N`: starts the hub as five processes (on the
 * PostgreSQL server of --database-url, or on embedded PGlite), warms it up,
 * runs the dashboard mix at a steady concurrency for N minutes, and reports
 * throughput, latency percentiles, errors and every process's memory at the
 * start and the end. Loopback only; exits non-zero when any request failed
 * or a process died.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { callerTokens } from '../callerTokens';
import { dashboardMix } from '../dashboardMix';
import { formatReport, type MemoryRow } from '../formatReport';
import { residentBytes } from '../processMemory';
import { runLoad } from '../runLoad';
import { createSoakDatabases, type SoakDatabases } from '../soakDatabases';
import { SUBGRAPHS, startHubProcesses } from '../startHubProcesses';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '8' },
    'warmup-seconds': { type: 'string', default: '60' },
    'database-url': { type: 'string' },
  },
});
const minutes = Number(values.minutes);
const concurrency = Number(values.concurrency);
const warmupSeconds = Number(values['warmup-seconds']);
if (!(minutes > 0 && minutes <= 120) || !(concurrency >= 1 && concurrency <= 256)) {
  process.stderr.write(
    'usage: pnpm soak [--minutes 1..120] [--concurrency 1..256] [--warmup-seconds N] [--database-url postgres://…]\n',
  );
  process.exit(2);
}
const out = (line: string) => process.stdout.write(`${line}\n`);

const workDir = await mkdtemp(join(tmpdir(), 'ipc-hub-soak-'));
const jwtSecret = randomBytes(32).toString('hex');
const adminUrl = values['database-url'];
let databases: SoakDatabases | undefined;
if (adminUrl) databases = await createSoakDatabases(adminUrl, [...SUBGRAPHS]);
const storage = adminUrl ? 'PostgreSQL' : 'embedded PGlite';
out(`starting the hub on ${storage} (logs in ${workDir}) …`);

let exitCode = 0;
const hub = await startHubProcesses({
  workDir,
  jwtSecret,
  ...(databases ? { databaseUrls: databases.urls } : {}),
  // The soak measures the hub's capacity and its memory, not the rate limiter:
  // the mix's few callers would exhaust their buckets at once.
  gatewayEnv: { RATE_LIMIT_PER_SECOND: '0', RATE_LIMIT_PUBLIC_PER_SECOND: '0' },
}).catch(async (error: unknown) => {
  await databases?.drop();
  throw error;
});
try {
  const seed = generateHanoiSeed();
  const facility = seed.facilities.find((f) => f.status === 'OPERATING');
  if (!facility) throw new Error('the seed has no operating facility');
  const mix = dashboardMix({ adminUnitCode: facility.adminUnitCode, facilityId: facility.id });
  const tokens = await callerTokens(
    mix.map((r) => r.caller),
    { HUB_JWT_SECRET: jwtSecret, HUB_JWT_ISSUER: 'ipc-hub', HUB_JWT_AUDIENCE: 'ipc-hub' },
    minutes * 60 + 3_600,
  );
  const load = (durationMs: number, onProgress?: Parameters<typeof runLoad>[0]['onProgress']) =>
    runLoad({
      url: hub.gatewayUrl,
      mix,
      tokens,
      concurrency,
      durationMs,
      // far above what this machine answers in that time: the duration ends the run
      maxRequests: Math.ceil(durationMs / 1000) * 5_000,
      ...(onProgress ? { onProgress } : {}),
    });

  out(`warming up for ${warmupSeconds} s …`);
  const warmup = await load(warmupSeconds * 1000);
  if (warmup.errors > 0) {
    out(`warm-up errors: ${JSON.stringify(warmup.errorKinds)}`);
  }
  const memoryAt = async () =>
    Object.fromEntries(
      await Promise.all(
        hub.processes.map(async (p) => [p.name, await residentBytes(p.pid)] as const),
      ),
    );
  const startMemory = await memoryAt();
  out(`soaking for ${minutes} min at concurrency ${concurrency} …`);
  const report = await load(minutes * 60_000, ({ elapsedMs, requests, errors }) => {
    // RSS along the way, not only at both ends: a plateau and a slope look alike in two points.
    void memoryAt().then((rss) => {
      const resident = hub.processes
        .map((p) => `${p.name} ${((rss[p.name] ?? 0) / 1048576).toFixed(0)}`)
        .join(' ');
      out(
        `  ${(elapsedMs / 1000).toFixed(0).padStart(5)} s  ${requests} requests  ${(requests / (elapsedMs / 1000)).toFixed(1)} req/s  ${errors} errors  RSS MB: ${resident}`,
      );
    });
  });
  const endMemory = await memoryAt();
  const memory: MemoryRow[] = hub.processes.map((p) => ({
    name: p.name,
    startBytes: startMemory[p.name] ?? null,
    endBytes: endMemory[p.name] ?? null,
  }));
  const text = formatReport(
    `soak: ${minutes} min, concurrency ${concurrency}, ${storage}, ${mix.length} dashboard queries at ${new Set(mix.map((r) => r.caller.role)).size} roles (warm-up ${warmupSeconds} s: ${warmup.requests} requests, ${warmup.errors} errors)`,
    report,
    memory,
  );
  out('');
  out(text);
  await writeFile(
    join(workDir, 'soak-report.json'),
    JSON.stringify({ minutes, concurrency, storage, warmup, report, memory }, null, 2),
  );
  out(`report: ${join(workDir, 'soak-report.json')}`);
  if (report.errors > 0 || memory.some((row) => row.endBytes === null)) exitCode = 1;
} catch (error) {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  exitCode = 1;
} finally {
  await hub.stop();
  await databases?.drop();
}
process.exit(exitCode);
