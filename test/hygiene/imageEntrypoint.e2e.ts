import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRYPOINT = join(ROOT, 'infra/docker/entrypoint.sh');

/** A line git leaves where a merge did not resolve: nothing with one may land. */
const CONFLICT = /^(<{7}|>{7}) \S/m;

describe('the image’s entry point and the tree it is built from', () => {
  let appRoot: string;
  beforeAll(() => {
    // an /app as the image lays it out, with bundles that say where and how they were run
    appRoot = mkdtempSync(join(tmpdir(), 'ipc-hub-image-'));
    const bundle =
      'console.log(JSON.stringify({ cwd: process.cwd(), argv: process.argv.slice(2) }));';
    for (const service of ['environment', 'gateway', 'notifications']) {
      mkdirSync(join(appRoot, 'dist', service), { recursive: true });
      writeFileSync(join(appRoot, 'dist', service, 'index.mjs'), bundle);
    }
    mkdirSync(join(appRoot, 'subgraphs/environment/migrations'), { recursive: true });
    mkdirSync(join(appRoot, 'notifications/src'), { recursive: true });
    mkdirSync(join(appRoot, 'gateway'), { recursive: true });
  });
  afterAll(() => rmSync(appRoot, { recursive: true, force: true }));

  const run = (service: string | undefined, ...args: string[]) =>
    spawnSync('sh', [ENTRYPOINT, ...args], {
      env: { PATH: process.env.PATH, APP_ROOT: appRoot, ...(service ? { SERVICE: service } : {}) },
      encoding: 'utf8',
    });

  it('holds no unresolved merge in any tracked file', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
      .split('\0')
      .filter((file) => file && !/\.(png|jpe?g|gif|ico|woff2?|wasm|xlsx|gz)$/.test(file));
    const unresolved = files.filter((file) => {
      try {
        return CONFLICT.test(readFileSync(join(ROOT, file), 'utf8'));
      } catch {
        return false; // listed but absent from this checkout
      }
    });
    expect(unresolved).toEqual([]);
  });

  it('parses as a POSIX shell script', () => {
    expect(spawnSync('sh', ['-n', ENTRYPOINT]).status).toBe(0);
  });

  it('starts a service’s bundle from the folder its paths are relative to', () => {
    const environment = run('environment');
    expect(environment.status).toBe(0);
    expect(JSON.parse(environment.stdout)).toEqual({
      cwd: join(appRoot, 'subgraphs/environment'),
      argv: [],
    });
    expect(JSON.parse(run('notifications', 'start').stdout).cwd).toBe(
      join(appRoot, 'notifications'),
    );
    expect(JSON.parse(run('gateway').stdout).cwd).toBe(join(appRoot, 'gateway'));
  });

  it('migrates a subgraph with --prepare-only, and refuses a service with no database', () => {
    expect(JSON.parse(run('environment', 'migrate').stdout).argv).toEqual(['--prepare-only']);
    const gateway = run('gateway', 'migrate');
    expect(gateway.status).toBe(64);
    expect(gateway.stderr).toContain("'gateway' has no database");
  });

  it('names the services it has when SERVICE is missing or unknown', () => {
    for (const service of [undefined, 'nope']) {
      const answer = run(service);
      expect(answer.status).toBe(64);
      expect(answer.stderr).toMatch(/set SERVICE to one of: environment gateway notifications/);
    }
  });
});
