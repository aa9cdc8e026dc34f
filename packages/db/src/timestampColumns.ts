import { timestamp } from 'drizzle-orm/pg-core';

/** Every table of the hub records when a row was created and last changed (UTC). */
export function timestampColumns() {
  return {
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  };
}
