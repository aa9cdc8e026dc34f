import { NOTIFICATIONS_SERVICE, SUBGRAPHS } from '@ipc-hub/registry';

/** One service compiled to one file, dist/<name>/index.mjs. */
export interface Bundle {
  name: string;
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
      entry: `subgraphs/${agency.subgraph}/src/index.ts`,
      cwd: `subgraphs/${agency.subgraph}`,
    })),
    {
      name: NOTIFICATIONS_SERVICE.name,
      entry: `${NOTIFICATIONS_SERVICE.name}/src/index.ts`,
      cwd: NOTIFICATIONS_SERVICE.name,
    },
    { name: 'gateway', entry: 'gateway/src/index.ts', cwd: 'gateway' },
    { name: 'console', entry: 'gateway/src/consoleMain.ts', cwd: 'gateway' },
    { name: 'devstack', entry: 'tools/devstack/src/main.ts', cwd: '.' },
  ];
}

/** A bundle's file, relative to the repository. */
export const bundleFile = (name: string) => `dist/${name}/index.mjs`;
