import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  pgEnum,
  pgTable,
  text,
  uuid,
} from 'drizzle-orm/pg-core';

export const violationCategory = pgEnum('violation_category', [
  'WASTEWATER_EXCEEDANCE',
  'EMISSION_EXCEEDANCE',
  'HAZARDOUS_WASTE',
  'NO_ENVIRONMENTAL_APPROVAL',
  'NO_PERMIT',
  'MONITORING_NOT_OPERATED',
  'OTHER',
]);

export const violationStatus = pgEnum('violation_status', [
  'DETECTED',
  'SANCTIONED',
  'REMEDIED',
  'PROSECUTED',
  'DISMISSED',
]);

/** Vi phạm pháp luật về bảo vệ môi trường, as the environmental police record it. */
export const violations = pgTable(
  'violations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** DONRE's facility id: another agency's database, so no foreign key */
    facilityId: uuid('facility_id').notNull(),
    /** where it happened, kept here so area filters need no other agency */
    adminUnitCode: text('admin_unit_code').notNull(),
    detectedOn: date('detected_on', { mode: 'string' }).notNull(),
    category: violationCategory('category').notNull(),
    /** e.g. "Nghị định 45/2022/NĐ-CP, Điều 18, khoản 5" */
    legalBasis: text('legal_basis').notNull(),
    description: text('description'),
    /** the QCVN parameter code for discharge violations (COD, TSS, …) */
    parameter: text('parameter'),
    exceedanceFactor: doublePrecision('exceedance_factor'),
    status: violationStatus('status').notNull().default('DETECTED'),
    published: boolean('published').notNull().default(false),
    ...timestampColumns(),
  },
  (t) => [
    index('violations_facility_id_idx').on(t.facilityId),
    index('violations_admin_unit_code_idx').on(t.adminUnitCode),
    index('violations_detected_on_id_idx').on(t.detectedOn, t.id),
    index('violations_status_idx').on(t.status),
    check(
      'violations_exceedance_factor_check',
      sql`${t.exceedanceFactor} is null or ${t.exceedanceFactor} > 0`,
    ),
    // DESIGN §3: only sanctioned, remedied or prosecuted violations are ever made public
    check(
      'violations_published_check',
      sql`not ${t.published} or ${t.status} in ('SANCTIONED', 'REMEDIED', 'PROSECUTED')`,
    ),
  ],
);
