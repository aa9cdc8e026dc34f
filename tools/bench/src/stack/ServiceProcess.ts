import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { eachLine } from '@ipc-hub/server-kit/launch';
import { deployedNodeOptions } from './deployedNodeOptions';

/** One JSON log line of a service (pino). */
export type LogEntry = Record<string, unknown> & { level?: number; msg?: string };

export interface ServiceSpec {
  name: string;
  /** the package folder the process runs in (its `node_modules` resolve its imports) */
  cwd: string;
  /** the entry file, relative to `cwd` */
  entry: string;
  port: number;
  env: Record<string, string>;
  /** Node options before the entry, e.g. `--cpu-prof` for the profiled run */
  nodeArgs?: string[];
  /** false: `env` is the whole environment, nothing of the bench's own is passed on */
  inheritEnv?: boolean;
  /** how long `stop()` waits after SIGTERM before SIGKILL; 15 s when absent */
  stopGraceMs?: number;
}

/** Clock ticks per second of /proc/<pid>/stat on Linux. */
const CLOCK_TICKS = 100;
const KEPT_LINES = 40;

/**
 * A service started as its own process, as devstack and a deployment start
 * it (`node --import tsx src/index.ts`), whose JSON log lines on stdout are
 * handed to whoever listens: the bench reads `sqlStatements` from them.
 */
export class ServiceProcess {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  /** warn and above since `ready()`, counted: a benchmark with warnings deserves a look */
  warnings = 0;
  /** the first few of them, by message */
  readonly warningMessages: string[] = [];
  /** whether the process has answered /ready: warnings before are start-up notices */
  private isReady = false;
  private readonly child: ChildProcess;
  private readonly listeners = new Set<(entry: LogEntry) => void>();
  /** the last lines written, for the report when the process dies */
  private readonly recent: string[] = [];
  private exitCode: number | string | null = null;
  readonly exited: Promise<void>;
  private readonly stopGraceMs: number;

  constructor(spec: ServiceSpec) {
    this.name = spec.name;
    this.stopGraceMs = spec.stopGraceMs ?? 15_000;
    this.port = spec.port;
    this.url = `http://127.0.0.1:${spec.port}`;
    this.child = spawn(
      process.execPath,
      [...(spec.nodeArgs ?? []), '--import', 'tsx', spec.entry],
      {
        cwd: spec.cwd,
        env: {
          ...(spec.inheritEnv === false ? {} : process.env),
          // tuned as deployed (the image's NODE_OPTIONS), unless the spec says otherwise
          NODE_OPTIONS: deployedNodeOptions(),
          ...spec.env,
          PORT: String(spec.port),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    this.exited = new Promise((resolve) => {
      this.child.on('exit', (code, signal) => {
        this.exitCode = signal ?? code;
        resolve();
      });
    });
    this.relay(this.child.stdout);
    this.relay(this.child.stderr);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitCode === null;
  }

  /** From now on warnings count: start-up notices (a deprecated option) are not the benchmark's concern. */
  ready(): void {
    this.isReady = true;
  }

  /** Calls `listener` with every JSON log line from now on; returns the unsubscribe. */
  onLog(listener: (entry: LogEntry) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Why it stopped, with its last lines. */
  describeExit(): string {
    return `${this.name} exited (${String(this.exitCode)}); its last lines:\n${this.recent.join('\n')}`;
  }

  /** CPU seconds (user + system) the process has used, from /proc; null where there is none. */
  cpuSeconds(): number | null {
    try {
      const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
      // the fields after the command name, which is in parentheses and may hold spaces
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    } catch {
      return null;
    }
  }

  /** Peak resident memory (VmHWM) in MB, from /proc; null where there is none. */
  peakRssMb(): number | null {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
      return kb === undefined ? null : Math.round(Number(kb) / 1024);
    } catch {
      return null;
    }
  }

  /** SIGTERM, then SIGKILL if it has not stopped in its grace time (`stopGraceMs`). */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), this.stopGraceMs);
    await this.exited;
    clearTimeout(timer);
  }

  private relay(stream: NodeJS.ReadableStream | null): void {
    if (stream) eachLine(stream, (line) => this.line(line));
  }

  private line(line: string): void {
    this.recent.push(line.length > 2_000 ? `${line.slice(0, 2_000)}…` : line);
    if (this.recent.length > KEPT_LINES) this.recent.shift();
    let entry: LogEntry;
    try {
      entry = JSON.parse(line) as LogEntry;
    } catch {
      return;
    }
    if (this.isReady && (entry.level ?? 0) >= 40) {
      this.warnings += 1;
      const err = entry.err as { message?: string; stack?: string } | undefined;
      // A failed query's message is its whole SQL; the cause (the server's reason), which
      // pino writes into the stack, says more.
      const cause = /caused by: (?:\w+: )?(.*)/.exec(err?.stack ?? '')?.[1];
      const why = cause ?? err?.message?.split('\n')[0]?.slice(0, 160);
      const message = `${String(entry.msg ?? '')}${why ? `: ${why}` : ''}`;
      if (this.warningMessages.length < 3 && !this.warningMessages.includes(message)) {
        this.warningMessages.push(message);
      }
    }
    for (const listener of this.listeners) listener(entry);
  }
}
