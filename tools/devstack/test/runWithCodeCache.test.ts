import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asciiOnly, rewriteDynamicImports } from '../src/build/build';

const LOADER = fileURLToPath(new URL('../src/build/runWithCodeCache.cjs', import.meta.url));

describe("a CommonJS bundle's import() calls", () => {
  it('become the loader’s __hubImport, and nothing else does', () => {
    const code = [
      'const os = await import("node:os");',
      'x = cond ? import(spec) : 1;',
      'loader.import("y"); reimport("z"); $import("w");',
      'const keep = (s) => import /* kept */(s);',
    ].join('\n');
    expect(rewriteDynamicImports(code)).toBe(
      [
        'const os = await __hubImport("node:os");',
        'x = cond ? __hubImport(spec) : 1;',
        'loader.import("y"); reimport("z"); $import("w");',
        'const keep = (s) => import /* kept */(s);',
      ].join('\n'),
    );
  });
});

describe("a bundle's characters beyond ASCII", () => {
  it('are escaped, and the code means what it meant: strings, templates, regular expressions, identifiers', () => {
    const code = [
      'const phường = "Phường Hoàn Kiếm 🏭";',
      'const tagged = /^(.*?) \\((?:quận|huyện|thị xã) (.+)\\)$/u;',
      'const plain = /[đĐ]/g;',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the code under test has a template
      'return [phường, `${phường}: xã`, tagged.exec("Dịch Vọng (quận Cầu Giấy)")?.slice(1), "Đông Anh".replace(plain, "d"), /🏭/u.test("🏭")];',
    ].join('\n');
    const escaped = asciiOnly(code);
    expect([...escaped].every((character) => character.charCodeAt(0) < 0x80)).toBe(true);
    expect(new Function(escaped)()).toEqual(new Function(code)());
    expect(new Function(escaped)()).toEqual([
      'Phường Hoàn Kiếm 🏭',
      'Phường Hoàn Kiếm 🏭: xã',
      ['Dịch Vọng', 'Cầu Giấy'],
      'dông Anh',
      true,
    ]);
  });
});

describe('runWithCodeCache', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ipc-code-cache-'));
    // a bundle as pnpm build writes one: CommonJS, its import() rewritten, its location from __filename
    await writeFile(
      join(dir, 'service.cjs'),
      [
        'const { basename } = require("node:path");',
        'module.exports.ready = __hubImport("node:os").then((os) =>',
        '  process.stdout.write(JSON.stringify({ file: basename(__filename), cpus: os.cpus().length > 0 }) + "\\n"));',
      ].join('\n'),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** One process running the bundle through the loader, as a service's index.mjs does; its report and the bundle's line. */
  const run = (
    writeAfterMs = 50,
  ): { fromCache: boolean; bundle: { file: string; cpus: boolean } } => {
    const script = `const r = require(${JSON.stringify(LOADER)})(new URL(${JSON.stringify(pathToFileURL(join(dir, 'service.cjs')).href)}));
      process.stdout.write(JSON.stringify(r) + "\\n"); setTimeout(() => {}, 400);`;
    const out = execFileSync(process.execPath, ['-e', script], {
      env: { ...process.env, HUB_CODE_CACHE_WRITE_AFTER_MS: String(writeAfterMs) },
      encoding: 'utf8',
    });
    // the loader's report and the bundle's line, in whichever order they were written
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const report = lines.find((line) => 'fromCache' in line);
    const bundle = lines.find((line) => 'file' in line);
    return {
      fromCache: report?.fromCache as boolean,
      bundle: bundle as { file: string; cpus: boolean },
    };
  };

  it('compiles the first time and writes the cache; later runs take the code from it, import() included', async () => {
    const first = run();
    expect(first.fromCache).toBe(false);
    expect(first.bundle).toEqual({ file: 'service.cjs', cpus: true });
    const caches = (await readdir(dir)).filter((file) => file.endsWith('.v8-cache'));
    expect(caches).toHaveLength(1);
    expect(caches[0]).toMatch(/^service\.cjs\.\d+-\d+\.v8-cache$/);

    const second = run();
    expect(second.fromCache).toBe(true);
    // the import() V8 loses with a cached script still works: it is the loader's
    expect(second.bundle).toEqual({ file: 'service.cjs', cpus: true });
  });

  it('never meets a cache of another build of the bundle', async () => {
    await writeFile(
      join(dir, 'service.cjs'),
      'process.stdout.write(JSON.stringify({ file: "rebuilt", cpus: true }) + "\\n");',
    );
    const rebuilt = run();
    expect(rebuilt.fromCache).toBe(false);
    expect(rebuilt.bundle.file).toBe('rebuilt');
    // the older cache is removed once the new one is written
    expect((await readdir(dir)).filter((file) => file.endsWith('.v8-cache'))).toHaveLength(1);
  });

  it('writes the cache when the service ends before its time', async () => {
    await writeFile(
      join(dir, 'service.cjs'),
      'process.stdout.write(JSON.stringify({ file: "short", cpus: true }) + "\\n");',
    );
    // ten minutes to wait, and the process ends after 0.4 s
    expect(run(600_000).fromCache).toBe(false);
    expect(run(600_000).fromCache).toBe(true);
  });
});
