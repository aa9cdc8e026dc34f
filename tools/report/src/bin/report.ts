/**
 * `pnpm report --period 2026 [--unit 00454] [--format xlsx|csv|md] --out report.xlsx [--trend]`
 * (`--unit` a commune's code, a former district's or the city's; `--admin-unit` is the same option)
 * reads the plan's report from the gateway (HUB_GATEWAY_URL, default the
 * local hub) with a CITY token (HUB_TOKEN, or one signed with the local
 * hub's secret) and writes it as the city office files it.
 */
import { parseArgs } from 'node:util';
import { localSecret, signToken } from '@ipc-hub/identity';
import { parsePlanPeriod } from '@ipc-hub/plan';
import { FORMATS, type Format, writeReport } from '../writeReport';

const USAGE =
  'usage: pnpm report --period 2026|2026-Q2 [--unit 00454|017] [--format xlsx|csv|md] --out <file> [--trend]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    period: { type: 'string' },
    unit: { type: 'string' },
    'admin-unit': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    trend: { type: 'boolean', default: false },
  },
});

if (!values.period) fail('--period is required');
if (values.unit && values['admin-unit'] && values.unit !== values['admin-unit']) {
  fail('--unit and --admin-unit are the same option: give one unit');
}
if (!values.out) fail('--out is required');
try {
  parsePlanPeriod(values.period);
} catch (error) {
  fail((error as Error).message);
}
const format = (values.format ?? values.out.split('.').pop() ?? 'xlsx').toLowerCase();
if (!(FORMATS as readonly string[]).includes(format)) fail(`unknown format ${format}`);

async function cityToken(): Promise<string> {
  if (process.env.HUB_TOKEN) return process.env.HUB_TOKEN;
  const secret = process.env.HUB_JWT_SECRET ?? localSecret(false);
  if (!secret) fail('no HUB_TOKEN, and no local hub secret: start the hub with `pnpm start` first');
  return signToken(
    { sub: 'report@ubnd', role: 'CITY', expiresIn: 600 },
    {
      HUB_JWT_SECRET: secret,
      HUB_JWT_ISSUER: process.env.HUB_JWT_ISSUER ?? 'ipc-hub',
      HUB_JWT_AUDIENCE: process.env.HUB_JWT_AUDIENCE ?? 'ipc-hub',
    },
  );
}

const gatewayUrl = process.env.HUB_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
const report = await writeReport({
  gatewayUrl,
  token: await cityToken(),
  period: values.period,
  adminUnit: values.unit ?? values['admin-unit'] ?? null,
  trend: values.trend,
  format: format as Format,
  out: values.out,
}).catch((error: unknown) => {
  // the gateway's own message (a refused token, an unknown unit) or why it could not be reached
  const errors = (error as { response?: { errors?: Array<{ message: string }> } }).response?.errors;
  const why = errors?.map((e) => e.message).join('; ') ?? (error as Error).message;
  process.stderr.write(`the report could not be read from ${gatewayUrl}: ${why}\n`);
  process.exit(1);
});
const met = report.indicators.filter((i) => i.met).length;
process.stdout.write(
  `wrote ${values.out}: period ${report.period}, ${met} of ${report.indicators.length} targets met\n`,
);
