import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@ipc-hub/db';
import { copyCluster } from '@ipc-hub/db/clusterCache';
import type { AnySubgraphDefinition } from '@ipc-hub/server-kit';
import pg from 'pg';
import { testLogger } from './testLogger';

/**
 * Where each subgraph's migrated and seeded template lives for this test
 * run: a database on the PostgreSQL server of TEST_DATABASE_URL, or a PGlite
 * data directory when there is no server.
 */
export type DatabaseTemplates =
  | { kind: 'postgres'; adminUrl: string; databases: Record<string, string> }
  | { kind: 'pglite'; directories: Record<string, string> };

/** A database of its own for one subgraph in one test file. */
export interface TestDatabase {
  url?: string;
  dataDir: string;
  drop(): Promise<void>;
}

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Migrates and seeds one template per subgraph, once per run; every test
 * file then clones them, which costs a fraction of migrating and seeding.
 */
export async function prepareTemplates(
  definitions: AnySubgraphDefinition[],
  adminUrl: string | undefined,
): Promise<DatabaseTemplates> {
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  if (adminUrl) {
    const databases: Record<string, string> = {};
    for (const definition of definitions) {
      const name = `ipc_hub_tmpl_${run}_${definition.name}`;
      await withAdmin(adminUrl, (c) => c.query(`create database "${name}"`));
      await migrateAndSeed(definition, { url: databaseUrl(adminUrl, name), dataDir: '' });
      databases[definition.name] = name;
    }
    return { kind: 'postgres', adminUrl, databases };
  }
  const root = await mkdtemp(join(tmpdir(), `ipc-hub-templates-${run}-`));
  const directories: Record<string, string> = {};
  await Promise.all(
    definitions.map(async (definition) => {
      const dataDir = join(root, definition.name);
      await mkdir(dataDir, { recursive: true });
      await migrateAndSeed(definition, { dataDir });
      directories[definition.name] = dataDir;
    }),
  );
  return { kind: 'pglite', directories };
}

async function migrateAndSeed(
  definition: AnySubgraphDefinition,
  target: { url?: string; dataDir: string },
): Promise<void> {
  const logger = testLogger(definition.name);
  const database = await openDatabase({
    url: target.url,
    dataDir: target.dataDir,
    schema: definition.database.schema,
    migrationsFolder: definition.database.migrationsFolder,
    logger,
    poolMax: 2,
  });
  try {
    await database.migrate();
    await definition.seed(database.db, logger);
  } finally {
    await database.close();
  }
}

export async function dropTemplates(templates: DatabaseTemplates): Promise<void> {
  if (templates.kind === 'postgres') {
    await withAdmin(templates.adminUrl, async (client) => {
      for (const name of Object.values(templates.databases)) {
        await client.query(`drop database if exists "${name}" with (force)`);
      }
    });
  } else {
    for (const dir of Object.values(templates.directories)) {
      await rm(join(dir, '..'), { recursive: true, force: true });
    }
  }
}

/** A fresh copy of a subgraph's template, for one test file. */
export async function cloneDatabase(
  templates: DatabaseTemplates,
  subgraph: string,
): Promise<TestDatabase> {
  if (templates.kind === 'postgres') {
    const template = templates.databases[subgraph];
    if (!template) throw new Error(`no template for ${subgraph}`);
    const name = `ipc_hub_test_${randomBytes(6).toString('hex')}_${subgraph}`;
    const { adminUrl } = templates;
    await withAdmin(adminUrl, async (client) => {
      // Two files cloning one template at the same instant may collide; the second waits its turn.
      for (let attempt = 0; ; attempt += 1) {
        try {
          await client.query(`create database "${name}" template "${template}"`);
          return;
        } catch (error) {
          if (attempt >= 20 || !String(error).includes('being accessed by other users'))
            throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 50));
        }
      }
    });
    return {
      url: databaseUrl(adminUrl, name),
      dataDir: '',
      drop: () =>
        withAdmin(adminUrl, (c) => c.query(`drop database if exists "${name}" with (force)`)).then(
          () => {},
        ),
    };
  }
  const source = templates.directories[subgraph];
  if (!source) throw new Error(`no template for ${subgraph}`);
  const dataDir = await mkdtemp(join(tmpdir(), `ipc-hub-test-${subgraph}-`));
  await copyCluster(source, dataDir);
  return { dataDir, drop: () => rm(dataDir, { recursive: true, force: true }) };
}

/**
 * An empty database of its own for a service that migrates itself (the
 * notifications service): on the test server when there is one, else a PGlite
 * directory. Either can be opened by one process after another.
 */
export async function emptyDatabase(
  templates: DatabaseTemplates,
  name: string,
): Promise<TestDatabase> {
  if (templates.kind === 'postgres') {
    const database = `ipc_hub_test_${name}_${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
    await withAdmin(templates.adminUrl, (c) => c.query(`create database "${database}"`));
    return {
      url: databaseUrl(templates.adminUrl, database),
      dataDir: '',
      drop: () =>
        withAdmin(templates.adminUrl, (c) =>
          c.query(`drop database if exists "${database}" with (force)`),
        ).then(() => undefined),
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), `ipc-hub-test-${name}-`));
  return { dataDir, drop: () => rm(dataDir, { recursive: true, force: true }) };
}
