import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, openDatabase } from '@ipc-hub/db';
import { type SeededSubgraph, startSeededSubgraph, testLogger } from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../src/db/schema';
import { addressKey } from '../src/facilities/addressKey';
import { searchTerms } from '../src/facilities/searchTerms';
import { environmentSubgraph } from '../src/server';

const ADDRESS = 'Số 12 đường Vạn Phúc, phường Vạn Phúc, quận Hà Đông, Hà Nội';

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The same checks on both databases a subgraph may run on: the folds are SQL, so each must hold on both. */
function foldingOn(kind: string, open: () => Promise<{ db: Database; close(): Promise<void> }>) {
  describe(`on ${kind}`, () => {
    let handle: { db: Database; close(): Promise<void> };
    beforeAll(async () => {
      handle = await open();
      await handle.db.execute(
        sql`insert into admin_units (code, name, kind, level, valid_from) values ('fold', 'Fold', 'Quận', 'DISTRICT', '2008-08-01') on conflict do nothing`,
      );
      await handle.db.execute(
        sql`insert into sectors (code, name_vi, name_en) values ('1313', 'Hoàn thiện sản phẩm dệt', 'Finishing of textiles') on conflict do nothing`,
      );
    });
    afterAll(() => handle?.close());

    it.each([
      ['capitals', ADDRESS.toUpperCase()],
      ['combining marks (NFD)', ADDRESS.normalize('NFD')],
      ['runs of spaces, tabs and no-break spaces', ADDRESS.replace(/ /g, ' \t\u00a0 ')],
      ['leading spaces and trailing punctuation', `   ${ADDRESS} .;…`],
    ])('keys an address written with %s as the address itself', async (_, variant) => {
      const [row] = await rows<{ same: boolean; key: string }>(
        handle.db,
        sql`select ${addressKey(variant)} = ${addressKey(ADDRESS)} as same, ${addressKey(variant)} as key`,
      );
      expect(row).toEqual({ same: true, key: ADDRESS.toLowerCase() });
    });

    it('keys a different house number apart', async () => {
      const [row] = await rows<{ same: boolean }>(
        handle.db,
        sql`select ${addressKey(ADDRESS.replace('12', '14'))} = ${addressKey(ADDRESS)} as same`,
      );
      expect(row?.same).toBe(false);
    });

    it('refuses a second row whose address differs only by its spelling, at the unique index', async () => {
      const insert = (address: string) =>
        handle.db.execute(
          sql`insert into facilities (name, tax_code, address, admin_unit_code, sector_code) values ('Công ty TNHH Dệt Nhuộm Vạn Phúc', '0108765406', ${address}, 'fold', '1313')`,
        );
      await insert(ADDRESS);
      await expect(insert(`${ADDRESS.toUpperCase()}.`)).rejects.toMatchObject({
        cause: { constraint: 'facilities_tax_code_normalized_address_key' },
      });
    });

    it('folds full-width letters in the stored search text as a query folds them', async () => {
      await handle.db.execute(
        sql`insert into facilities (name, tax_code, address, admin_unit_code, sector_code) values ('Công ty Ｄệｔ Ｍａｙ Ｈà Ｎộｉ', '0100109106', 'Số 1 phố Ｌê Ｄuẩn', 'fold', '1313')`,
      );
      const [stored] = await rows<{ search_text: string }>(
        handle.db,
        sql`select search_text from facilities where tax_code = '0100109106'`,
      );
      expect(stored?.search_text).toBe('cong ty det may ha noi 0100109106 so 1 pho le duan');
      expect(searchTerms('ＤỆＴ　ＭＡＹ').normalized).toBe('det may');
      const found = await rows<{ tax_code: string }>(
        handle.db,
        sql`select tax_code from facilities where search_text like ${`%${searchTerms('Ｄệｔ ｍａｙ').normalized}%`}`,
      );
      expect(found.map((r) => r.tax_code)).toContain('0100109106');
    });
  });
}

describe('the facility registry folds text in SQL', () => {
  let seeded: SeededSubgraph<Record<string, unknown>> | undefined;
  const dirs: string[] = [];
  afterAll(async () => {
    await seeded?.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  foldingOn('PGlite', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'ipc-hub-fold-'));
    dirs.push(dataDir);
    const handle = await openDatabase({
      dataDir,
      schema,
      migrationsFolder: fileURLToPath(new URL('../migrations', import.meta.url)),
      logger: testLogger('environment'),
    });
    await handle.migrate();
    return handle as unknown as { db: Database; close(): Promise<void> };
  });

  foldingOn('the test run’s database (PostgreSQL when TEST_DATABASE_URL is set)', async () => {
    seeded = await startSeededSubgraph(environmentSubgraph);
    return { db: seeded.running.database.db as unknown as Database, close: async () => {} };
  });
});
