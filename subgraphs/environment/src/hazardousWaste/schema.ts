import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { facilities } from '../facilities/schema';

/** Sổ đăng ký chủ nguồn thải chất thải nguy hại: one per facility. */
export const hazardousWasteRegistrations = pgTable(
  'hazardous_waste_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'restrict' }),
    code: text('code').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    ...timestampColumns(),
  },
  (t) => [
    uniqueIndex('hazardous_waste_registrations_facility_id_key').on(t.facilityId),
    uniqueIndex('hazardous_waste_registrations_code_key').on(t.code),
  ],
);

export const hazardousWasteStreams = pgTable(
  'hazardous_waste_streams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => hazardousWasteRegistrations.id, { onDelete: 'cascade' }),
    /** mã CTNH (Thông tư 02/2022/TT-BTNMT), e.g. "16 01 06" */
    wasteCode: text('waste_code').notNull(),
    name: text('name').notNull(),
    expectedKgPerYear: doublePrecision('expected_kg_per_year').notNull(),
  },
  (t) => [
    index('hazardous_waste_streams_registration_id_idx').on(t.registrationId),
    check('hazardous_waste_streams_kg_check', sql`${t.expectedKgPerYear} >= 0`),
  ],
);

/** Báo cáo định kỳ of a registration: what the plan's target 3.5 sums. */
export const hazardousWasteReports = pgTable(
  'hazardous_waste_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => hazardousWasteRegistrations.id, { onDelete: 'restrict' }),
    period: text('period').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    generatedKg: doublePrecision('generated_kg').notNull(),
    /** handed to a licensed unit and stored, collected and treated to standard */
    treatedKg: doublePrecision('treated_kg').notNull(),
    licensedUnit: text('licensed_unit'),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    /** who submitted it: the token subject of the operator or officer */
    submittedBy: text('submitted_by'),
    ...timestampColumns(),
  },
  (t) => [
    uniqueIndex('hazardous_waste_reports_registration_period_key').on(t.registrationId, t.period),
    check(
      'hazardous_waste_reports_kg_check',
      sql`${t.treatedKg} >= 0 and ${t.treatedKg} <= ${t.generatedKg}`,
    ),
    check('hazardous_waste_reports_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);
