import { NOTIFICATIONS_SERVICE, SUBGRAPHS } from '@ipc-hub/registry';

/**
 * One service compiled to one file. A service is CommonJS
 * (dist/<name>/service.cjs), started by dist/<name>/index.mjs through V8's
 * code cache (runWithCodeCache.cjs); the launcher is one ES module
 * (dist/devstack/index.mjs: it awaits at its top level).
 */
export interface Bundle {
  name: string;
  format: 'cjs' | 'esm';
  /** its entry, relative to the repository */
  entry: string;
  /** the folder it runs in (relative paths it reads, its embedded data) */
  cwd: string;
}

/**
 * What `pnpm build` bundles, from the registry: every registered subgraph
 * (the agencies' and the shared ones), the notifications service, the
 * gateway, the console's static server (the image's `console` service) and
 * the launcher `pnpm start` runs. A new subgraph is built, started and
 * shipped once it is registered.
 */
export function bundles(): Bundle[] {
  return [
    ...SUBGRAPHS.map((agency) => ({
      name: agency.subgraph,
      format: 'cjs' as const,
      entry: `subgraphs/${agency.subgraph}/src/index.ts`,
      cwd: `subgraphs/${agency.subgraph}`,
    })),
    {
      name: NOTIFICATIONS_SERVICE.name,
      format: 'cjs',
      entry: `${NOTIFICATIONS_SERVICE.name}/src/index.ts`,
      cwd: NOTIFICATIONS_SERVICE.name,
    },
    { name: 'gateway', format: 'cjs', entry: 'gateway/src/index.ts', cwd: 'gateway' },
    { name: 'console', format: 'cjs', entry: 'gateway/src/consoleMain.ts', cwd: 'gateway' },
    { name: 'devstack', format: 'esm', entry: 'tools/devstack/src/main.ts', cwd: '.' },
  ];
}

/** What runs a bundle (`node dist/<name>/index.mjs`), relative to the repository. */
export const bundleFile = (name: string) => `dist/${name}/index.mjs`;

/** A bundle's compiled code, relative to the repository: what a change to the service changes. */
export const bundleCodeFile = (name: string) =>
  bundles().find((bundle) => bundle.name === name)?.format === 'esm'
    ? bundleFile(name)
    : `dist/${name}/service.cjs`;

/** The code-cache loader every CommonJS bundle's index.mjs starts it with. */
export const CODE_CACHE_LOADER = 'dist/run-with-code-cache.cjs';
