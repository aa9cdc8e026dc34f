import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { facilities } from '../facilities/schema';

export const polluterResolution = pgEnum('polluter_resolution', [
  'PENDING',
  'THOROUGHLY_TREATED',
  'RELOCATED',
  'CLOSED',
]);

/** Cơ sở gây ô nhiễm môi trường nghiêm trọng (QĐ 64/2003/QĐ-TTg and the city's yearly lists). */
export const seriousPolluterListings = pgTable(
  'serious_polluter_listings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'restrict' }),
    decision: text('decision').notNull(),
    listedOn: date('listed_on', { mode: 'string' }).notNull(),
    reason: text('reason'),
    deadline: date('deadline', { mode: 'string' }),
    resolution: polluterResolution('resolution').notNull().default('PENDING'),
    resolvedOn: date('resolved_on', { mode: 'string' }),
    published: boolean('published').notNull().default(false),
    ...timestampColumns(),
  },
  (t) => [
    index('serious_polluter_listings_facility_id_idx').on(t.facilityId),
    index('serious_polluter_listings_listed_on_idx').on(t.listedOn),
    check(
      'serious_polluter_listings_resolution_check',
      sql`(${t.resolution} = 'PENDING') = (${t.resolvedOn} is null)`,
    ),
    check(
      'serious_polluter_listings_dates_check',
      sql`(${t.deadline} is null or ${t.deadline} >= ${t.listedOn}) and (${t.resolvedOn} is null or ${t.resolvedOn} >= ${t.listedOn})`,
    ),
  ],
);
