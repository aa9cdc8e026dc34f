import { PGlite } from '@electric-sql/pglite';
import { hanoiUnit } from '@ipc-hub/units';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inScope, type RowScope, rowScopeOf, scopeCondition, unitsInScope } from '../src';

/** Records of Đông Anh (017) and elsewhere, each kept in the unit in force on its date. */
const DONG_ANH = '017';
const XA_DONG_ANH = '00454';
const OTHER_SUCCESSOR = (hanoiUnit(DONG_ANH)?.successors ?? []).find((c) => c !== XA_DONG_ANH);
const records = [
  { id: 1, unit: DONG_ANH, published: false }, // 2019, before the reform
  { id: 2, unit: XA_DONG_ANH, published: false }, // 2026, in a commune formed from Đông Anh
  { id: 3, unit: OTHER_SUCCESSOR ?? '', published: false },
  { id: 4, unit: '004', published: false }, // Long Biên before the reform
  { id: 5, unit: '00145', published: false }, // Phường Long Biên, not formed from Đông Anh
  { id: 6, unit: '00145', published: true },
  { id: 7, unit: '01', published: false },
];

const area = (...adminUnits: string[]): RowScope =>
  rowScopeOf({ sub: 'officer', role: 'AREA', adminUnits, facilityIds: [], token: null });

describe('row scope by unit across the reform', () => {
  const client = new PGlite();
  const db = drizzle(client);

  beforeAll(async () => {
    await db.execute(
      sql`create table records (id int primary key, unit text not null, published boolean not null)`,
    );
    for (const r of records) {
      await db.execute(sql`insert into records values (${r.id}, ${r.unit}, ${r.published})`);
    }
  });
  afterAll(() => client.close());

  async function sqlIds(scope: RowScope): Promise<number[]> {
    const where =
      scopeCondition(scope, { adminUnitCode: sql.raw('unit'), published: sql.raw('published') }) ??
      sql`true`;
    const result = (await db.execute(sql`select id from records where ${where} order by id`)) as {
      rows: Array<{ id: number }>;
    };
    return result.rows.map((r) => r.id);
  }
  const memoryIds = (scope: RowScope) =>
    records
      .filter((r) => inScope(scope, { adminUnitCode: r.unit, published: r.published }))
      .map((r) => r.id);

  it.each([
    ['a commune: that commune only (and what is published)', [XA_DONG_ANH], [2, 6]],
    [
      "a former district: its records before the reform and its successors' after",
      [DONG_ANH],
      [1, 2, 3, 6],
    ],
    // Long Biên (004) reaches Phường Long Biên, formed from it
    ['a commune and a former district together', [XA_DONG_ANH, '004'], [2, 4, 5, 6]],
    ["the city's code: the city's own records, not every unit's", ['01'], [6, 7]],
    ['a code that is no unit of Hanoi: nothing but what is published', ['99999'], [6]],
    ['no codes at all', [], [6]],
  ])('%s, in SQL and in memory alike', async (_, codes, expected) => {
    const scope = area(...codes);
    expect(await sqlIds(scope)).toEqual(expected);
    expect(memoryIds(scope)).toEqual(expected);
  });

  it('expands a former district to itself and every commune formed from it', () => {
    const successors = hanoiUnit(DONG_ANH)?.successors ?? [];
    expect(successors).toContain(XA_DONG_ANH);
    expect(unitsInScope([DONG_ANH])).toEqual([DONG_ANH, ...successors]);
    expect(unitsInScope([XA_DONG_ANH, XA_DONG_ANH])).toEqual([XA_DONG_ANH]);
  });
});
