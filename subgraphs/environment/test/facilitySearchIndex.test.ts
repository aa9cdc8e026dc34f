import { type SeededSubgraph, startSeededSubgraph } from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environmentSubgraph } from '../src/server';

describe('the facility search', () => {
  let environment: SeededSubgraph<Record<string, unknown>>;
  beforeAll(async () => {
    environment = await startSeededSubgraph(environmentSubgraph);
  });
  afterAll(() => environment?.close());

  it('is answered by the trigram index on the unaccented text, not by reading the table', async () => {
    const { db } = environment.running.database;
    // With 1 500 rows the planner may rightly prefer a scan; forbidding it shows the index can serve the query.
    const plan = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return (await tx.execute(
        sql`explain select id from facilities where search_text like '%det nhuom%'`,
      )) as unknown as { rows: Array<{ 'QUERY PLAN': string }> };
    });
    const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toContain('facilities_search_text_trgm_idx');
    expect(text).not.toContain('Seq Scan');
  });

  it('keeps the unaccented text in step with the name, in the database itself', async () => {
    const { db } = environment.running.database;
    const result = (await db.execute(
      sql`update facilities set name = 'Công ty TNHH Đúc Đồng Ứng Hòa' where id = (select id from facilities limit 1) returning search_text`,
    )) as unknown as { rows: Array<{ search_text: string }> };
    expect(result.rows[0]?.search_text).toMatch(/^cong ty tnhh duc dong ung hoa /);
  });
});
