import type { BenchDatabases, SubgraphName } from '../databases';
import { recreateDatabase, withClient } from '../databases';

interface CopiedTable {
  from: SubgraphName;
  table: string;
  /** the columns copied, with their types in the floor database */
  columns: Array<[name: string, type: string]>;
  /** DDL run after the copy: the keys and indexes the subgraph's own table has on these columns */
  indexes: string[];
}

/**
 * What the dashboard reads, from the four agencies' databases, with the
 * indexes each agency's table has on those columns: the floor query gets
 * the same access paths the subgraphs get, only in one database.
 */
const TABLES: CopiedTable[] = [
  {
    from: 'environment',
    table: 'admin_units',
    columns: [
      ['code', 'text'],
      ['name', 'text'],
    ],
    indexes: ['alter table admin_units add primary key (code)'],
  },
  {
    from: 'environment',
    table: 'facilities',
    columns: [
      ['id', 'uuid'],
      ['name', 'text'],
      ['admin_unit_code', 'text'],
    ],
    indexes: [
      'alter table facilities add primary key (id)',
      'create index on facilities (name, id)',
    ],
  },
  {
    from: 'environment',
    table: 'approvals',
    columns: [
      ['id', 'uuid'],
      ['facility_id', 'uuid'],
      ['kind', 'text'],
      ['decision_number', 'text'],
      ['issued_on', 'date'],
      ['valid_until', 'date'],
      ['revoked_on', 'date'],
    ],
    indexes: [
      'alter table approvals add primary key (id)',
      'create index on approvals (facility_id)',
    ],
  },
  {
    from: 'zones',
    table: 'zones',
    columns: [
      ['id', 'uuid'],
      ['name', 'text'],
    ],
    indexes: ['alter table zones add primary key (id)'],
  },
  {
    from: 'zones',
    table: 'zone_tenancies',
    columns: [
      ['facility_id', 'uuid'],
      ['zone_id', 'uuid'],
    ],
    indexes: ['alter table zone_tenancies add primary key (facility_id)'],
  },
  {
    from: 'industry',
    table: 'clusters',
    columns: [
      ['id', 'uuid'],
      ['name', 'text'],
    ],
    indexes: ['alter table clusters add primary key (id)'],
  },
  {
    from: 'industry',
    table: 'cluster_tenancies',
    columns: [
      ['facility_id', 'uuid'],
      ['cluster_id', 'uuid'],
    ],
    indexes: ['alter table cluster_tenancies add primary key (facility_id)'],
  },
  {
    from: 'police',
    table: 'violations',
    columns: [
      ['id', 'uuid'],
      ['facility_id', 'uuid'],
      ['status', 'text'],
    ],
    indexes: [
      'alter table violations add primary key (id)',
      'create index on violations (facility_id)',
    ],
  },
];

/**
 * `ipc_bench_floor`: the tables of the four agencies the dashboard reads,
 * copied into one database by the server itself through dblink (one
 * `insert … select … from dblink(…)` per table: the rows never
 * pass through Node, and the copy is exact, enums as their text). Returns
 * the rows copied per table.
 */
export async function buildFloor(
  databases: BenchDatabases,
  scale: number,
): Promise<Record<string, number>> {
  await recreateDatabase(databases.admin, databases.floor);
  return withClient(databases.floor, async (client) => {
    await client.query('create extension if not exists dblink');
    const rows: Record<string, number> = {};
    for (const { from, table, columns, indexes } of TABLES) {
      // `::text` turns the agencies' enums into the floor's text columns.
      const remote = `select ${columns.map(([name, type]) => (type === 'text' ? `${name}::text` : name)).join(', ')} from ${table}`;
      const declared = columns.map(([name, type]) => `${name} ${type}`).join(', ');
      await client.query(`create table ${table} (${declared})`);
      const result = await client.query(
        `insert into ${table} select * from dblink($1, $2) as t(${declared})`,
        [databases.subgraph(from), remote],
      );
      rows[table] = result.rowCount ?? 0;
      for (const ddl of indexes) await client.query(ddl);
    }
    await client.query(
      'create table bench_meta (scale double precision not null, seeded_at timestamptz not null default now())',
    );
    await client.query('insert into bench_meta (scale) values ($1)', [scale]);
    await client.query('vacuum analyze');
    return rows;
  });
}

/** The scale the benchmark databases were seeded at, or null when they are missing or unfinished. */
export async function seededScale(databases: BenchDatabases): Promise<number | null> {
  try {
    return await withClient(databases.floor, async (client) => {
      const result = await client.query<{ scale: number }>('select scale from bench_meta');
      return result.rows[0]?.scale ?? null;
    });
  } catch {
    return null;
  }
}
