import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface SoakDatabases {
  /** the `postgres://` address of each subgraph's database */
  urls: Record<string, string>;
  drop(): Promise<void>;
}

async function asAdmin(adminUrl: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * An empty database per subgraph on the PostgreSQL server of `adminUrl`,
 * for one soak run: the subgraphs migrate and seed them when they start.
 */
export async function createSoakDatabases(
  adminUrl: string,
  subgraphs: string[],
): Promise<SoakDatabases> {
  const run = randomBytes(4).toString('hex');
  const names = Object.fromEntries(subgraphs.map((name) => [name, `ipc_hub_soak_${run}_${name}`]));
  await asAdmin(
    adminUrl,
    Object.values(names).map((name) => `create database "${name}"`),
  );
  const urls = Object.fromEntries(
    Object.entries(names).map(([subgraph, name]) => {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return [subgraph, url.toString()];
    }),
  );
  return {
    urls,
    drop: () =>
      asAdmin(
        adminUrl,
        Object.values(names).map((name) => `drop database if exists "${name}" with (force)`),
      ),
  };
}
