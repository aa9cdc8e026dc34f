/**
 * `pnpm start`: the whole hub on one machine — the four agency subgraphs on
 * embedded PostgreSQL and the gateway, each its own process as in production,
 * with their logs in one terminal. Ctrl-C stops them all gracefully.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localSecret, localSubgraphSecret } from '@ipc-hub/identity';
import {
  GATEWAY_DEFAULT_PORT,
  NOTIFICATIONS_SERVICE,
  SUBGRAPHS as REGISTERED,
  subgraphUrlEnv,
} from '@ipc-hub/registry';
import { waitUntilReady } from '@ipc-hub/server-kit';
import { exampleTokens } from './exampleTokens';
import { formatLogLine } from './formatLogLine';

interface Service {
  name: string;
  dir: string;
  port: number;
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SUBGRAPHS: Service[] = REGISTERED.map((agency) => ({
  name: agency.subgraph,
  dir: `${root}subgraphs/${agency.subgraph}`,
  port: agency.defaultPort,
}));
const GATEWAY: Service = { name: 'gateway', dir: `${root}gateway`, port: GATEWAY_DEFAULT_PORT };
const NOTIFICATIONS: Service = {
  name: NOTIFICATIONS_SERVICE.name,
  dir: `${root}${NOTIFICATIONS_SERVICE.name}`,
  port: NOTIFICATIONS_SERVICE.defaultPort,
};

const out = (line: string) => process.stdout.write(`${line}\n`);
const children = new Map<string, ChildProcess>();
let stopping = false;

function start(service: Service, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: service.dir,
    env: { ...process.env, PORT: String(service.port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const relay = (stream: NodeJS.ReadableStream) => {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) out(formatLogLine(service.name, line));
    });
  };
  if (child.stdout) relay(child.stdout);
  if (child.stderr) relay(child.stderr);
  child.on('exit', (code, signal) => {
    children.delete(service.name);
    if (!stopping) {
      out(
        `[${service.name}] stopped (${signal ?? `exit ${code}`}); the other services keep running`,
      );
    }
    if (children.size === 0) process.exit(stopping ? 0 : 1);
  });
  children.set(service.name, child);
  return child;
}

function stopAll(): void {
  if (stopping) {
    for (const child of children.values()) child.kill('SIGKILL');
    return;
  }
  stopping = true;
  out('stopping the hub…');
  for (const child of children.values()) child.kill('SIGTERM');
}
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

// One signing secret for the five services: the configured one, or the local hub's own, kept under .data/.
const secret =
  process.env.HUB_JWT_SECRET ?? (process.env.HUB_JWKS_URL ? undefined : localSecret(true));
// And one proof secret (the gateway's, on each call to a subgraph), kept the same way.
const subgraphSecret = process.env.HUB_SUBGRAPH_SECRET ?? localSubgraphSecret(true);
const shared: Record<string, string> = {
  ...(secret ? { HUB_JWT_SECRET: secret } : {}),
  ...(subgraphSecret ? { HUB_SUBGRAPH_SECRET: subgraphSecret } : {}),
};

const started = Date.now();
for (const service of SUBGRAPHS) start(service, shared);
// reads the subgraphs' outboxes (with the proof secret) and delivers webhooks; loopback targets allowed here
start(NOTIFICATIONS, { ...shared, ...subgraphUrlEnv() });

// The web console, built once while the subgraphs start, served by the gateway at /; the
// example tokens are handed to it (a local hub only: a production gateway is given none).
const consoleDir = `${root}packages/console/dist`;
const tokens = await exampleTokens(secret);
const tokensFile = `${root}.data/console-dev-tokens.json`;
mkdirSync(`${root}.data`, { recursive: true });
writeFileSync(tokensFile, JSON.stringify(tokens.map(([label, token]) => ({ label, token }))), {
  mode: 0o600,
});
out('[console] building the web console…');
const built = await buildConsole();
out(built ? '[console] built' : '[console] build failed: the gateway serves the API only');
start(GATEWAY, {
  ...shared,
  ...subgraphUrlEnv(),
  ...(built ? { CONSOLE_DIR: consoleDir, CONSOLE_DEV_TOKENS_FILE: tokensFile } : {}),
});

function buildConsole(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['--filter', '@ipc-hub/console', 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}

try {
  await waitUntilReady(
    [...SUBGRAPHS, NOTIFICATIONS, GATEWAY].map((s) => `http://127.0.0.1:${s.port}/ready`),
    180_000,
  );
} catch (error) {
  out(`the hub did not come up: ${error instanceof Error ? error.message : String(error)}`);
  stopAll();
}
if (!stopping) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  out('');
  out(`ipc-hub is up in ${seconds} s — gateway: http://127.0.0.1:${GATEWAY.port}/graphql`);
  out(`  console      http://127.0.0.1:${GATEWAY.port}/`);
  for (const s of SUBGRAPHS) out(`  ${s.name.padEnd(12)} http://127.0.0.1:${s.port}/graphql`);
  out(
    `  ${NOTIFICATIONS.name.padEnd(12)} http://127.0.0.1:${NOTIFICATIONS.port}/graphql  (watches, feed, webhooks: docs/notifications.md)`,
  );
  out('');
  out(
    'Without a token you are the public. Tokens for this hub (8 hours), sent as  Authorization: Bearer <token>:',
  );
  for (const [label, token] of tokens) out(`  ${label}:\n    ${token}`);
  out(
    'More with  pnpm -s token --role DONRE  (CITY DOIT HIZA POLICE; AREA --admin-units 00454 (a commune; 017 a former district); OPERATOR --facility-ids <id>)',
  );
  out('');
  out('Try:');
  out(
    `  curl -s http://127.0.0.1:4000/graphql -H 'content-type: application/json' \\\n    -d '{"query":"{ zones(first: 50) { edges { node { name kind facilities { name zone { name } } } } } }"}'`,
  );
  out('');
}
