'use strict';
/**
 * Runs a service's CommonJS bundle (dist/<name>/service.cjs) with V8's code
 * cache: the first run compiles it as usual and, once the service has
 * started, writes what V8 compiled so far beside the bundle
 * (`service.cjs.<size>-<mtime>.v8-cache`); later runs hand that to V8 and
 * skip parsing and compiling most of the bundle — in every thread `pnpm
 * start` runs, and in every process of a deployment whose files are
 * writable. Node 20 has no compile cache of its own for modules
 * (`module.enableCompileCache` came in Node 22); this is what `vm.Script`
 * offers instead. Written ten seconds after start, or when the service
 * stops before. `pnpm build` copies this file to dist/.
 *
 * The cache is V8's to judge: a cache of another V8 or other flags is
 * rejected (and written again), and the file's name carries the bundle's
 * size and modification time, so a rebuilt bundle never meets an old
 * cache. A job that ends soon after it starts (`--prepare-only`) writes
 * none. A cache that cannot be written (a read-only image) is left out.
 */
const {
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const Module = require('node:module');
const { basename, dirname, join } = require('node:path');
const { fileURLToPath } = require('node:url');
const vm = require('node:vm');

/** After start-up, so that the functions a service compiles to start are in the cache (a test shortens it). */
const WRITE_AFTER_MS = Number(process.env.HUB_CODE_CACHE_WRITE_AFTER_MS ?? 10_000);

/**
 * @param {URL} url the bundle
 * @returns {{ fromCache: boolean }} whether V8 took the bundle's code from the cache
 */
module.exports = function runWithCodeCache(url) {
  const file = fileURLToPath(url);
  const dir = dirname(file);
  const { size, mtimeMs } = statSync(file);
  const cacheFile = join(dir, `${basename(file)}.${size}-${Math.trunc(mtimeMs)}.v8-cache`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), {
    filename: file,
    cachedData,
  });
  const bundle = new Module(file);
  bundle.filename = file;
  // as Node's own loader sets it: where require() looks for packages
  bundle.paths = /** @type {any} */ (Module)._nodeModulePaths(dir);
  // import() as this file's: compiled by Node's own loader, it has its callback (build.ts)
  /** @type {any} */ (globalThis).__hubImport ??= (/** @type {string} */ specifier) =>
    import(specifier);
  const wrapper = script.runInThisContext();
  const writes = cachedData === undefined || script.cachedDataRejected === true;
  if (writes && !process.argv.includes('--prepare-only')) {
    // ten seconds in, or when the service ends before (a short run, a test): once
    let written = false;
    const write = () => {
      if (written) return;
      written = true;
      writeCache(script, file, cacheFile);
    };
    setTimeout(write, WRITE_AFTER_MS).unref();
    process.once('exit', write);
  }
  wrapper.call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, dir);
  return { fromCache: !writes };
};

/**
 * Written aside and renamed: a thread starting meanwhile reads a whole cache or none.
 * @param {import('node:vm').Script} script
 * @param {string} file
 * @param {string} cacheFile
 */
function writeCache(script, file, cacheFile) {
  try {
    const aside = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(aside, script.createCachedData());
    renameSync(aside, cacheFile);
    const prefix = `${basename(file)}.`;
    for (const entry of readdirSync(dirname(file))) {
      if (
        entry.startsWith(prefix) &&
        entry.endsWith('.v8-cache') &&
        entry !== basename(cacheFile)
      ) {
        rmSync(join(dirname(file), entry), { force: true });
      }
    }
  } catch {
    // not writable here: the service runs as well without
  }
}
