import { SUBGRAPHS, type SubgraphName } from '@ipc-hub/registry';
import pg from 'pg';

/** The subgraphs, in the registry's order. */
export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((agency) => agency.subgraph);
export type { SubgraphName };

const DEFAULT_PREFIX = 'postgres://postgres@127.0.0.1:5432/ipc_bench_';
const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Where the benchmark's databases live: `BENCH_DATABASE_URL_PREFIX` followed
 * by the subgraph's name (`…ipc_bench_environment`, …) or `floor` for the one
 * database that holds the tables the floor query reads.
 */
export interface BenchDatabases {
  prefix: string;
  subgraph(name: SubgraphName): string;
  floor: string;
  /** one of the bench's own databases (`readings_10m`, `ingest`): the prefix followed by `suffix` */
  named(suffix: string): string;
  /** the server's `postgres` database, from which the others are dropped and created */
  admin: string;
}

export function benchDatabases(
  env: Record<string, string | undefined> = process.env,
): BenchDatabases {
  const prefix = env.BENCH_DATABASE_URL_PREFIX ?? DEFAULT_PREFIX;
  const urlOf = (suffix: string): string => {
    const url = `${prefix}${suffix}`;
    databaseName(url);
    return url;
  };
  const admin = new URL(urlOf('floor'));
  admin.pathname = '/postgres';
  return {
    prefix,
    subgraph: (name: SubgraphName) => urlOf(name),
    floor: urlOf('floor'),
    named: urlOf,
    admin: admin.toString(),
  };
}

/** The database name of a `postgres://…/<name>` URL, checked to be a plain identifier. */
export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!DATABASE_NAME.test(name)) {
    throw new Error(
      `${url}: the database name must be lower-case letters, digits and _ (BENCH_DATABASE_URL_PREFIX)`,
    );
  }
  return name;
}

/** Drops the database of `url` (closing its connections) and creates it empty. */
export async function recreateDatabase(adminUrl: string, url: string): Promise<void> {
  const name = databaseName(url);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

/** Runs `work` with one connection to `url`. */
export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
