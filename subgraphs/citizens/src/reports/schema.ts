import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const reportKind = pgEnum('citizen_report_kind', ['POLLUTION_COMPLAINT', 'DATA_ERROR']);
export const reportStatus = pgEnum('citizen_report_status', [
  'RECEIVED',
  'ASSIGNED',
  'ANSWERED',
  'CLOSED',
  'REJECTED',
]);
export const reportStep = pgEnum('citizen_report_step', [
  'RECEIVED',
  'ASSIGNED',
  'ANSWERED',
  'PLANNED',
  'CORRECTED',
  'CLOSED',
  'REJECTED',
]);

/**
 * Phản ánh, kiến nghị: one report of the public. Only the keys of another
 * agency's records are kept (the facility, the unit, `Type:id` of a
 * record), never their data. The tracking code is kept as its SHA-256: the
 * reporter holds the code, the database only what finds the report by it.
 */
export const citizenReports = pgTable(
  'citizen_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trackingCodeHash: text('tracking_code_hash').notNull(),
    kind: reportKind('kind').notNull(),
    status: reportStatus('status').notNull().default('RECEIVED'),
    description: text('description').notNull(),
    facilityId: uuid('facility_id'),
    adminUnitCode: text('admin_unit_code'),
    recordRef: text('record_ref'),
    /** the role of the agency that handles it: DONRE, DOIT, HIZA or POLICE */
    assignedAgency: text('assigned_agency').notNull(),
    handler: text('handler'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** the day it was received in Hanoi: the due date counts from it */
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    dueBy: date('due_by', { mode: 'string' }).notNull(),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /** personal data (docs/access.md): read by the handling agency only */
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    ...timestampColumns(),
  },
  (t) => [
    uniqueIndex('citizen_reports_tracking_code_hash_idx').on(t.trackingCodeHash),
    index('citizen_reports_agency_received_idx').on(t.assignedAgency, t.receivedAt),
    index('citizen_reports_received_idx').on(t.receivedAt, t.id),
    index('citizen_reports_unit_idx').on(t.adminUnitCode),
    index('citizen_reports_facility_idx').on(t.facilityId),
    check(
      'citizen_reports_one_subject',
      sql`(${t.kind} = 'DATA_ERROR' and ${t.recordRef} is not null) or (${t.kind} = 'POLLUTION_COMPLAINT' and ${t.recordRef} is null and ${t.adminUnitCode} is not null)`,
    ),
  ],
);

/** A report's timeline: one row per step, in order. */
export const citizenReportSteps = pgTable(
  'citizen_report_steps',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => citizenReports.id, { onDelete: 'cascade' }),
    step: reportStep('step').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    agency: text('agency'),
    note: text('note'),
    /** a step the answer plans: the date it is due */
    dueOn: date('due_on', { mode: 'string' }),
  },
  (t) => [index('citizen_report_steps_report_idx').on(t.reportId, t.seq)],
);

/** The public correction log: a correction an agency made to its record, linked to the report. */
export const citizenCorrections = pgTable(
  'citizen_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => citizenReports.id, { onDelete: 'cascade' }),
    recordRef: text('record_ref').notNull(),
    agency: text('agency').notNull(),
    summary: text('summary').notNull(),
    /** the officer who recorded it (the token's sub) */
    recordedBy: text('recorded_by'),
    correctedAt: timestamp('corrected_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('citizen_corrections_report_idx').on(t.reportId),
    index('citizen_corrections_corrected_idx').on(t.correctedAt, t.id),
  ],
);
