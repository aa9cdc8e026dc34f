import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { MANIFEST, MANIFEST_VERSION, signatureOf } from '../../freshness.mjs';
import { filesUnder } from '../filesUnder';
import { type Bundle, bundleCodeFile, bundleFile, bundles, CODE_CACHE_LOADER } from './bundles';

type BuiltPart = { outputs: string[]; inputs: Record<string, string> };

/**
 * Every bundle's code refers to where its source files were, not to dist/:
 * `import.meta.url`, `__dirname` and `__filename` in a bundled file become
 * that file's own location, computed from the bundle's at run time. So a
 * subgraph still finds its schema.graphql and migrations beside its
 * sources, PGlite its WebAssembly beside its package, in a checkout as in
 * the image (which keeps the tree and the production dependencies). And
 * `require` exists, for the CommonJS packages bundled into ES modules.
 */
const BANNER: Record<Bundle['format'], string> = {
  esm: [
    "import { createRequire as __hubCreateRequire } from 'node:module';",
    "import { fileURLToPath as __hubFileURLToPath } from 'node:url';",
    'const require = __hubCreateRequire(import.meta.url);',
    'const __hubSourceUrl = (path) => new URL(path, import.meta.url).href;',
    'const __hubSourcePath = (path) => __hubFileURLToPath(new URL(path, import.meta.url));',
  ].join('\n'),
  // CommonJS has its own require and __filename (the bundle's, as the loader gives them);
  // import() is the loader's (rewriteDynamicImports), or Node's when run by Node's own loader
  cjs: [
    'const __hubImport = globalThis.__hubImport ?? ((specifier) => import /* kept */(specifier));',
    "const { fileURLToPath: __hubFileURLToPath, pathToFileURL: __hubPathToFileURL } = require('node:url');",
    'const __hubBundleUrl = __hubPathToFileURL(__filename);',
    'const __hubSourceUrl = (path) => new URL(path, __hubBundleUrl).href;',
    'const __hubSourcePath = (path) => __hubFileURLToPath(new URL(path, __hubBundleUrl));',
  ].join('\n'),
};

/**
 * A script V8 compiled from its code cache has lost the callback `import()`
 * needs (Node 20: ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and bundled
 * packages import Node's modules so (PGlite, undici, OpenTelemetry…). Each
 * `import(` of a CommonJS bundle becomes `__hubImport(`, a function of the
 * code-cache loader, compiled by Node's own loader, whose import() works.
 * (esbuild's own alternative, require() in place of import(), breaks
 * PGlite's Emscripten code, which declares a `require` of its own.)
 */
export function rewriteDynamicImports(code: string): string {
  return code.replace(/(?<![\w$.])import\(/g, '__hubImport(');
}

/**
 * The code with every character beyond ASCII written as its `\uXXXX`
 * escape (esbuild escapes strings and identifiers, not regular expression
 * literals such as `/^(phường|xã)/`). V8 keeps a script's source in each
 * isolate that runs it: one byte per character when all are ASCII, two
 * otherwise, and reads it from the file by a faster path. The escape means
 * the same character in a string, a template, a regular expression (with or
 * without `u`) and an identifier; a character outside the basic plane is two
 * UTF-16 units, each escaped, as JavaScript reads them.
 */
export function asciiOnly(code: string): string {
  return code.replace(
    /[\u0080-\uffff]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** dist/<name>/index.mjs of a CommonJS bundle: its code run through V8's code cache. */
function codeCacheEntry(name: string): string {
  const loader = relative(dirname(bundleFile(name)), CODE_CACHE_LOADER)
    .split(sep)
    .join('/');
  return [
    "// pnpm build: runs this service through V8's code cache (tools/devstack/src/build/runWithCodeCache.cjs)",
    "import { createRequire } from 'node:module';",
    `createRequire(import.meta.url)('${loader}')(new URL('./${basename(bundleCodeFile(name))}', import.meta.url));`,
    '',
  ].join('\n');
}

/** Packages loaded only if present (optional native add-ons): left out of the bundles. */
const OPTIONAL = ['pg-native', 'cloudflare:sockets'];

const LOCATION = /\bimport\.meta\.url\b|\b__dirname\b|\b__filename\b/;

/** Packages replaced in the bundles by a file of ours (see each file). */
const SHIMS: Record<string, string> = {
  '@apollo/utils.createhash': 'shims/apolloCreateHash.ts',
};

function shims(): esbuild.Plugin {
  const names = Object.keys(SHIMS).map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return {
    name: 'shims',
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({
        path: fileURLToPath(new URL(`./${SHIMS[args.path]}`, import.meta.url)),
      }));
    },
  };
}

function sourceLocations(outdir: string): esbuild.Plugin {
  return {
    name: 'source-locations',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
        const contents = readFileSync(args.path, 'utf8');
        const loader = /\.tsx$/.test(args.path)
          ? 'tsx'
          : /\.[cm]?ts$/.test(args.path)
            ? 'ts'
            : /\.jsx$/.test(args.path)
              ? 'jsx'
              : 'js';
        if (!LOCATION.test(contents)) return { contents, loader };
        const to = (path: string) => JSON.stringify(relative(outdir, path).split(sep).join('/'));
        return {
          loader,
          contents: contents
            .replace(/\bimport\.meta\.url\b/g, `__hubSourceUrl(${to(args.path)})`)
            .replace(/\b__dirname\b/g, `__hubSourcePath(${to(dirname(args.path))})`)
            .replace(/\b__filename\b/g, `__hubSourcePath(${to(args.path)})`),
        };
      });
    },
  };
}

async function bundle(root: string, part: Bundle): Promise<BuiltPart> {
  const outfile = join(root, bundleCodeFile(part.name));
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, part.entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: part.format,
    target: 'node20',
    banner: { js: BANNER[part.format] },
    external: OPTIONAL,
    plugins: [shims(), sourceLocations(dirname(outfile))],
    sourcemap: 'linked',
    legalComments: 'none',
    minify: true,
    keepNames: true,
    metafile: true,
    logLevel: 'error',
    // a CommonJS bundle is written once its import() calls are rewritten (below)
    write: part.format === 'esm',
  });
  for (const output of result.outputFiles ?? []) {
    mkdirSync(dirname(output.path), { recursive: true });
    writeFileSync(
      output.path,
      output.path.endsWith('.cjs')
        ? asciiOnly(rewriteDynamicImports(output.text))
        : output.contents,
    );
  }
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = input.includes(':') ? null : input;
    if (path) inputs[path] = signatureOf(join(root, path)) ?? '';
  }
  if (part.format === 'esm') return { outputs: [bundleFile(part.name)], inputs };
  writeFileSync(join(root, bundleFile(part.name)), codeCacheEntry(part.name));
  return { outputs: [bundleFile(part.name), bundleCodeFile(part.name)], inputs };
}

/** Every file under `dir`, relative to `root`, but dependencies, builds and tests. */
const SKIPPED = new Set(['node_modules', 'dist', 'test', '.data']);
const sourcesUnder = (root: string, dir: string) =>
  filesUnder(join(root, dir), SKIPPED).map((path) => `${dir}/${path}`);

/** The console's static build (vite), from its folder and the workspace packages it imports. */
async function buildConsole(root: string): Promise<BuiltPart> {
  const manifest = JSON.parse(readFileSync(join(root, 'packages/console/package.json'), 'utf8'));
  const workspace = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
    .filter((name) => name.startsWith('@ipc-hub/'))
    .map((name) => `packages/${name.slice('@ipc-hub/'.length)}`);
  const sources = ['packages/console', ...workspace].flatMap((dir) => sourcesUnder(root, dir));
  await new Promise<void>((resolve, reject) => {
    const child = spawn('pnpm', ['--filter', '@ipc-hub/console', 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the console's build exited with ${code}`)),
    );
  });
  return {
    outputs: ['packages/console/dist/index.html'],
    inputs: Object.fromEntries(sources.map((path) => [path, signatureOf(join(root, path)) ?? ''])),
  };
}

/** The build's own files: a change to how bundles are made makes them all stale. */
function buildInputs(root: string): Record<string, string> {
  const files = [
    'tools/devstack/freshness.mjs',
    'tools/devstack/start.mjs',
    'tools/devstack/src/filesUnder.ts',
    ...sourcesUnder(root, 'tools/devstack/src/build'),
    'pnpm-lock.yaml',
  ];
  return Object.fromEntries(files.map((path) => [path, signatureOf(join(root, path)) ?? '']));
}

export interface BuildOptions {
  /** without the console's static build (a failure there is reported, not fatal) */
  withConsole?: boolean;
  say?: (line: string) => void;
}

/**
 * `pnpm build`: every service bundled with esbuild (dist/<name>/index.mjs
 * and, for a CommonJS bundle, its code in service.cjs: see bundles.ts), the console built with vite, and dist/manifest.json naming what
 * each was built from, for `pnpm start` to know when to build again.
 */
export async function buildAll(root: string, options: BuildOptions = {}): Promise<void> {
  const say = options.say ?? (() => {});
  const started = performance.now();
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  mkdirSync(join(root, 'dist'), { recursive: true });
  copyFileSync(
    fileURLToPath(new URL('./runWithCodeCache.cjs', import.meta.url)),
    join(root, CODE_CACHE_LOADER),
  );
  const parts: Record<string, BuiltPart> = {
    build: { outputs: [CODE_CACHE_LOADER], inputs: buildInputs(root) },
  };
  const services = bundles();
  const built = await Promise.all(services.map((part) => bundle(root, part)));
  services.forEach((part, index) => {
    parts[part.name] = built[index] as BuiltPart;
  });
  say(
    `[build] ${services.length} bundles in ${((performance.now() - started) / 1000).toFixed(1)} s: ${services.map((s) => s.name).join(', ')}`,
  );
  if (options.withConsole !== false) {
    const consoleStarted = performance.now();
    try {
      parts.console_static = await buildConsole(root);
      say(`[build] the console in ${((performance.now() - consoleStarted) / 1000).toFixed(1)} s`);
    } catch (error) {
      say(
        `[build] the console was not built (${error instanceof Error ? error.message : String(error)}): the gateway will serve the API only`,
      );
    }
  }
  const manifest = { version: MANIFEST_VERSION, builtAt: new Date().toISOString(), parts };
  writeFileSync(join(root, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
}
