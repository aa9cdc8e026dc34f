/**
 * `pnpm --filter @ipc-hub/loadgen load --url http://127.0.0.1:4000/graphql --seconds 30`:
 * the dashboard mix against a hub that is already running on this machine
 * (e.g. `pnpm start`, whose services use the development secret unless
 * HUB_JWT_SECRET is given with --secret).
 */
import { parseArgs } from 'node:util';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { callerTokens } from '../callerTokens';
import { dashboardMix } from '../dashboardMix';
import { formatReport } from '../formatReport';
import { runLoad } from '../runLoad';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    seconds: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '8' },
    secret: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
if (!(seconds > 0 && seconds <= 3_600) || !(concurrency >= 1 && concurrency <= 256)) {
  process.stderr.write(
    'usage: load [--url …] [--seconds 1..3600] [--concurrency 1..256] [--secret …]\n',
  );
  process.exit(2);
}
const facility = generateHanoiSeed().facilities.find((f) => f.status === 'OPERATING');
if (!facility) throw new Error('the seed has no operating facility');
const mix = dashboardMix({ adminUnitCode: facility.adminUnitCode, facilityId: facility.id });
const tokens = await callerTokens(
  mix.map((r) => r.caller),
  {
    ...(values.secret ? { HUB_JWT_SECRET: values.secret } : {}),
    HUB_JWT_ISSUER: 'ipc-hub',
    HUB_JWT_AUDIENCE: 'ipc-hub',
  },
  seconds + 3_600,
);
const report = await runLoad({
  url: values.url,
  mix,
  tokens,
  concurrency,
  durationMs: seconds * 1000,
  maxRequests: seconds * 5_000,
});
process.stdout.write(
  formatReport(
    `load: ${seconds} s at concurrency ${concurrency} against ${values.url}`,
    report,
    [],
  ),
);
process.exit(report.errors > 0 ? 1 : 0);
