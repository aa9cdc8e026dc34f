import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, date, index, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';

export const adminLevel = pgEnum('admin_level', ['PROVINCE', 'DISTRICT', 'COMMUNE']);

/**
 * Đơn vị hành chính. Units carry a validity period: the 30 district-level
 * units of 2008–2025 and the commune-level units of the 2025 reform live side
 * by side, and old records keep pointing at the unit of their time.
 */
export const adminUnits = pgTable(
  'admin_units',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    level: adminLevel('level').notNull(),
    parentCode: text('parent_code').references((): AnyPgColumn => adminUnits.code, {
      onDelete: 'restrict',
    }),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    index('admin_units_parent_code_idx').on(t.parentCode),
    check(
      'admin_units_validity_check',
      sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`,
    ),
  ],
);
