import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@ipc-hub/logger';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constraintViolation } from '../src/constraintViolation';
import { BinaryCopy, copyInto } from '../src/copy';
import { type DatabaseHandle, openDatabase } from '../src/openDatabase';

const migrationsFolder = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));
const logger = createLogger('db-test', process.env.TEST_LOG_LEVEL ?? 'silent');
const table = `copy_test_${randomBytes(4).toString('hex')}`;
const COLUMNS = ['at', 'station', 'value', 'exact', 'parameter'];

/** Rows that reach every edge the binary format has: before 2000 and after, negative numbers, a half float. */
const ROWS = [
  { at: Date.UTC(2026, 11, 7, 12, 30, 5, 123), station: 1, value: 12.5, exact: 0.1, parameter: 3 },
  {
    at: Date.UTC(1999, 11, 31, 23, 59, 59, 999),
    station: -2_147_483_648,
    value: -0.25,
    exact: -1e300,
    parameter: -32_768,
  },
  {
    at: Date.UTC(2000, 0, 1),
    station: 2_147_483_647,
    value: 3.4e38,
    exact: 1 / 3,
    parameter: 32_767,
  },
  { at: Date.UTC(1970, 0, 1), station: 0, value: 0, exact: 0, parameter: 0 },
];

function binary(rows: typeof ROWS): Buffer {
  const copy = new BinaryCopy(['timestamptz', 'int4', 'float4', 'float8', 'int2'], rows.length);
  for (const row of rows) copy.row(row.at, row.station, row.value, row.exact, row.parameter);
  return copy.finish();
}

async function stored(handle: DatabaseHandle<Record<string, never>>) {
  const result = (await handle.db.execute(
    sql.raw(`select (extract(epoch from at) * 1000)::float8 as at, station, value::float8 as value, exact, parameter
      from ${table} order by at`),
  )) as { rows: Array<Record<string, unknown>> };
  return result.rows.map((row) => ({
    at: Math.round(Number(row.at)),
    station: Number(row.station),
    value: Number(row.value),
    exact: Number(row.exact),
    parameter: Number(row.parameter),
  }));
}

function describeOn(name: string, open: () => Promise<DatabaseHandle<Record<string, never>>>) {
  describe(`COPY in binary on ${name}`, () => {
    let handle: DatabaseHandle<Record<string, never>>;
    beforeAll(async () => {
      handle = await open();
      await handle.db.execute(
        sql.raw(`create table ${table} (at timestamptz not null, station int4 not null,
          value float4 not null, exact float8 not null, parameter int2 not null, primary key (station, at))`),
      );
    });
    afterAll(async () => {
      await handle.db.execute(sql.raw(`drop table if exists ${table}`));
      await handle.close();
    });

    it('stores every value as written, outside and inside a transaction', async () => {
      expect(await copyInto(handle.db, table, COLUMNS, binary(ROWS.slice(0, 2)))).toBe(2);
      await handle.db.transaction(async (tx) => {
        expect(await copyInto(tx, table, COLUMNS, binary(ROWS.slice(2)))).toBe(2);
      });
      expect(await stored(handle)).toEqual(
        [...ROWS]
          .sort((a, b) => a.at - b.at)
          .map((row) => ({ ...row, value: Math.fround(row.value) })),
      );
    });

    it('refuses the whole COPY when one row breaks a key, and a savepoint keeps the transaction', async () => {
      const again = { ...ROWS[0], station: 9 } as (typeof ROWS)[number];
      const failure = await handle.db
        .transaction(async (tx) => {
          const copied = await tx
            .transaction((savepoint) =>
              copyInto(
                savepoint,
                table,
                COLUMNS,
                binary([again, ROWS[0] as (typeof ROWS)[number]]),
              ),
            )
            .catch((error: unknown) => error);
          // the transaction goes on after the savepoint's rollback
          await tx.execute(sql.raw(`insert into ${table} values (now(), 77, 1, 1, 1)`));
          return copied;
        })
        .catch((error: unknown) => error);
      expect(constraintViolation(failure)?.constraint).toBe(`${table}_pkey`);
      const stations = (await stored(handle)).map((row) => row.station);
      expect(stations).toContain(77);
      expect(stations).not.toContain(9);
    });

    it('refuses a name that is not a plain identifier, before anything is sent', async () => {
      await expect(
        copyInto(handle.db, `${table}; drop table x`, COLUMNS, binary([])),
      ).rejects.toThrow(/not a plain identifier/);
    });
  });
}

describe('BinaryCopy', () => {
  it('holds exactly the rows it announced', () => {
    const copy = new BinaryCopy(['int2'], 1);
    expect(() => copy.finish()).toThrow(/0 of 1 rows/);
    copy.row(1);
    expect(() => copy.row(2)).toThrow(/holds 1 rows/);
    // signature, flags, extension, one row (count, length, value), trailer
    expect(copy.finish()).toEqual(
      Buffer.concat([
        Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'),
        Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 1, 0xff, 0xff]),
      ]),
    );
  });
});

let dataDir = '';
describeOn('PGlite', async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ipc-copy-'));
  return openDatabase({ dataDir, schema: {}, migrationsFolder, logger });
});
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl) {
  describeOn('PostgreSQL', () =>
    openDatabase({ url: adminUrl, dataDir: '', schema: {}, migrationsFolder, logger }),
  );
}
