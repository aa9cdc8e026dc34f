import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPHS as REGISTERED, urlVariables } from '@ipc-hub/registry';
import { freePort, waitUntilReady } from '@ipc-hub/server-kit';

/** the subgraphs, in the registry's order */
export const SUBGRAPHS = REGISTERED.map((agency) => agency.subgraph);

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const URL_VARIABLES = urlVariables();

export interface HubProcess {
  name: string;
  pid: number;
}

export interface HubProcesses {
  gatewayUrl: string;
  processes: HubProcess[];
  stop(): Promise<void>;
}

export interface HubProcessesOptions {
  /** each subgraph's `postgres://` database; absent: embedded PGlite under `workDir` */
  databaseUrls?: Record<string, string>;
  /** where the embedded databases and every process's log go */
  workDir: string;
  /** the HS256 secret the services share for this run */
  jwtSecret: string;
  /** variables for the gateway on top of the addresses (limits, timeouts) */
  gatewayEnv?: Record<string, string>;
  readyTimeoutMs?: number;
}

/**
 * The hub as in production: the four subgraphs and the gateway, each its own
 * Node.js process (so that each one's memory can be read), on free loopback
 * ports, logging to files under `workDir`.
 */
export async function startHubProcesses(options: HubProcessesOptions): Promise<HubProcesses> {
  const ports = {
    gateway: await freePort(),
    ...Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s, await freePort()]))),
  } as Record<string, number>;
  const url = (name: string) => `http://127.0.0.1:${ports[name]}/graphql`;
  const children = new Map<string, ChildProcess>();
  // the gateway's proof on its calls to the subgraphs: one secret for this run
  const subgraphSecret = randomBytes(36).toString('base64url');

  const start = (name: string, dir: string, env: Record<string, string>) => {
    const log = createWriteStream(join(options.workDir, `${name}.log`));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: join(ROOT, dir),
      env: {
        ...process.env,
        PORT: String(ports[name]),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        HUB_JWT_SECRET: options.jwtSecret,
        HUB_SUBGRAPH_SECRET: subgraphSecret,
        // Requests are logged per line at info: at soak rates that is the disk's load, not the hub's.
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    children.set(name, child);
  };

  for (const subgraph of SUBGRAPHS) {
    const databaseUrl = options.databaseUrls?.[subgraph];
    start(subgraph, `subgraphs/${subgraph}`, {
      HUB_GATEWAY_URL: url('gateway'),
      DATABASE_URL: databaseUrl ?? '',
      DATA_DIR: join(options.workDir, subgraph),
      // a server's database starts empty: seed it; the embedded one seeds itself
      HUB_SEED: databaseUrl ? 'true' : '',
    });
  }
  start('gateway', 'gateway', {
    ...Object.fromEntries(SUBGRAPHS.map((s) => [URL_VARIABLES[s], url(s)])),
    ...options.gatewayEnv,
  });

  const stop = async () => {
    await Promise.all(
      [...children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
            child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  };

  try {
    const exited = new Promise<never>((_, reject) => {
      for (const [name, child] of children) {
        child.once('exit', (code, signal) =>
          reject(
            new Error(`${name} exited during start-up (${signal ?? `exit ${code}`}); see its log`),
          ),
        );
      }
    });
    exited.catch(() => {});
    await Promise.race([
      waitUntilReady(
        [...children.keys()].map((name) => url(name).replace('/graphql', '/ready')),
        options.readyTimeoutMs ?? 300_000,
      ),
      exited,
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: url('gateway'),
    processes: [...children].map(([name, child]) => ({ name, pid: child.pid ?? -1 })),
    stop,
  };
}
