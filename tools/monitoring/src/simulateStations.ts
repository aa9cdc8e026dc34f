/**
 * `pnpm simulate-stations --stations N --days D --out <folder> [--end YYYY-MM-DD] [--seed S]`:
 * writes the data files of the demo's first N stations over D days into a
 * drop folder, for demos, tests and benchmarks (`pnpm ingest <folder>`
 * imports them). The default end is the demo's "today" and the default seed
 * the demo's, so the default files for 14 days repeat the seeded readings.
 */
import { parseArgs } from 'node:util';
import { writeSimulatedFiles } from '@ipc-hub/environment/monitoring';
import { SEED_READING_END, SEED_READING_SEED } from '@ipc-hub/seed/monitoring';
import { invocationPath } from './invocationPath';

const USAGE =
  'usage: pnpm simulate-stations --stations N --days D --out <folder> [--end YYYY-MM-DD] [--seed S]\n';

function positiveInteger(name: string, text: string | undefined, fallback?: number): number {
  if (text === undefined && fallback !== undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`--${name} must be a positive whole number`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      stations: { type: 'string' },
      days: { type: 'string' },
      out: { type: 'string' },
      end: { type: 'string', default: SEED_READING_END },
      seed: { type: 'string' },
    },
  });
  if (!values.out) throw new RangeError('--out is required');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.end ?? ''))
    throw new RangeError('--end must be YYYY-MM-DD');
  const report = await writeSimulatedFiles({
    stations: positiveInteger('stations', values.stations),
    days: positiveInteger('days', values.days),
    out: invocationPath(values.out),
    end: values.end ?? SEED_READING_END,
    seed: positiveInteger('seed', values.seed, SEED_READING_SEED),
  });
  process.stdout.write(
    `${report.files} files from ${report.stations} stations in ${values.out} (${report.late} late, ${report.resent} resent)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(1);
});
