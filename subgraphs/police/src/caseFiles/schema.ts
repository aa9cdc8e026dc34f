import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import { date, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { violations } from '../violations/schema';

/** Hồ sơ vụ việc: what the police gather on a violation with signs of a crime. */
export const caseFiles = pgTable(
  'case_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    violationId: uuid('violation_id')
      .notNull()
      .references(() => violations.id, { onDelete: 'restrict' }),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    evidence: text('evidence').array().notNull().default(sql`'{}'`),
    investigatorNotes: text('investigator_notes'),
    /** e.g. "Quyết định khởi tố vụ án số 12/QĐ-CSĐT" */
    criminalCaseRef: text('criminal_case_ref'),
    ...timestampColumns(),
  },
  (t) => [uniqueIndex('case_files_violation_id_key').on(t.violationId)],
);

/** Người bị tình nghi: natural persons, personal data (Luật 91/2025/QH15). */
export const suspects = pgTable(
  'suspects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseFileId: uuid('case_file_id')
      .notNull()
      .references(() => caseFiles.id, { onDelete: 'restrict' }),
    /** the order suspects were added in */
    position: integer('position').notNull(),
    fullName: text('full_name').notNull(),
    idNumber: text('id_number'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    phone: text('phone'),
    ...timestampColumns(),
  },
  (t) => [uniqueIndex('suspects_case_file_id_position_key').on(t.caseFileId, t.position)],
);
