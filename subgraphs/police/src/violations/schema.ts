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
import { authorityKind } from '../authorities/schema';
import { inspections } from '../inspections/schema';

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

/** Nghị định 45/2022/NĐ-CP: an organisation is fined twice what an individual is. */
export const offenderKind = pgEnum('offender_kind', ['INDIVIDUAL', 'ORGANIZATION']);

/** Vi phạm pháp luật về bảo vệ môi trường, as the environmental police record it. */
export const violations = pgTable(
  'violations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** DONRE's facility id: another agency's database, so no foreign key */
    facilityId: uuid('facility_id').notNull(),
    /** where it happened, kept here so area filters need no other agency */
    adminUnitCode: text('admin_unit_code').notNull(),
    /** the inspection that found it; null for findings from monitoring data, complaints, … */
    inspectionId: uuid('inspection_id').references(() => inspections.id, { onDelete: 'restrict' }),
    detectedOn: date('detected_on', { mode: 'string' }).notNull(),
    category: violationCategory('category').notNull(),
    /** e.g. "Nghị định 45/2022/NĐ-CP, Điều 18, khoản 5" */
    legalBasis: text('legal_basis').notNull(),
    description: text('description'),
    /** the QCVN parameter code for discharge violations (COD, TSS, …) */
    parameter: text('parameter'),
    exceedanceFactor: doublePrecision('exceedance_factor'),
    /** the flow found at the inspection: Nghị định 45/2022, Điều 18–19 set fine bands by it */
    dischargeM3PerDay: doublePrecision('discharge_m3_per_day'),
    /** cá nhân or tổ chức: fixes the fine band (an organisation's is doubled); null on records from before it was asked */
    offenderKind: offenderKind('offender_kind'),
    /** tái phạm or vi phạm nhiều lần (Nghị định 45/2022, Điều 18 khoản 2): under 1.1 times is then fined, not only warned */
    repeatOffence: boolean('repeat_offence').notNull().default(false),
    status: violationStatus('status').notNull().default('DETECTED'),
    /** the day it was remedied, prosecuted or dismissed: what "open on a day" is judged by (plan target 3.4) */
    closedOn: date('closed_on', { mode: 'string' }),
    published: boolean('published').notNull().default(false),
    /** who found it (docs/units.md, "Who may record a violation"): POLICE, DONRE's inspectorate or a commune's chairman */
    detectedBy: authorityKind('detected_by').notNull().default('POLICE'),
    /** the commune whose chairman found it; null for the city's agencies */
    detectedByUnitCode: text('detected_by_unit_code'),
    ...timestampColumns(),
  },
  (t) => [
    check(
      'violations_detected_by_unit_check',
      sql`(${t.detectedBy} = 'COMMUNE_CHAIRMAN') = (${t.detectedByUnitCode} is not null)`,
    ),
    index('violations_facility_id_idx').on(t.facilityId),
    index('violations_admin_unit_code_idx').on(t.adminUnitCode),
    index('violations_detected_on_id_idx').on(t.detectedOn, t.id),
    index('violations_status_idx').on(t.status),
    index('violations_inspection_id_idx').on(t.inspectionId),
    check(
      'violations_exceedance_factor_check',
      sql`${t.exceedanceFactor} is null or ${t.exceedanceFactor} > 0`,
    ),
    check(
      'violations_discharge_check',
      sql`${t.dischargeM3PerDay} is null or ${t.dischargeM3PerDay} > 0`,
    ),
    // a violation is closed exactly when its status is final, never before it was detected
    check(
      'violations_closed_check',
      sql`(${t.status} in ('REMEDIED', 'PROSECUTED', 'DISMISSED')) = (${t.closedOn} is not null) and (${t.closedOn} is null or ${t.closedOn} >= ${t.detectedOn})`,
    ),
    // docs/access.md: only sanctioned, remedied or prosecuted violations are ever made public
    check(
      'violations_published_check',
      sql`not ${t.published} or ${t.status} in ('SANCTIONED', 'REMEDIED', 'PROSECUTED')`,
    ),
  ],
);
