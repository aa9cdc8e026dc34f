import { timestampColumns } from '@ipc-hub/db';
import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const planTaskStatus = pgEnum('plan_task_status', [
  'NOT_STARTED',
  'IN_PROGRESS',
  'COMPLETED',
  'DELAYED',
]);

/** The plan's twelve priority tasks (its appendix), tracked by DONRE as the standing agency. */
export const planTasks = pgTable(
  'plan_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    leadAgency: text('lead_agency').notNull(),
    partnerAgencies: text('partner_agencies').notNull(),
    timeFrame: text('time_frame').notNull(),
    status: planTaskStatus('status').notNull().default('NOT_STARTED'),
    ...timestampColumns(),
  },
  (t) => [uniqueIndex('plan_tasks_number_key').on(t.number)],
);

export const planTaskNotes = pgTable(
  'plan_task_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => planTasks.id, { onDelete: 'cascade' }),
    notedOn: date('noted_on', { mode: 'string' }).notNull(),
    note: text('note').notNull(),
    /** the officer who recorded it (token subject) */
    author: text('author'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_task_notes_task_id_idx').on(t.taskId)],
);
