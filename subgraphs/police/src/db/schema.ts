import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { INSPECTING_AGENCIES } from '../inspections/inspectingAgencies';

/** The authorities that find and sanction violations in the police's register (docs/units.md). */
export const authorityKind = pgEnum('authority_kind', [
  'POLICE',
  'DONRE_INSPECTORATE',
  'COMMUNE_CHAIRMAN',
]);

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

export const inspectionKind = pgEnum('inspection_kind', [
  'SCHEDULED',
  'SURPRISE',
  'COMPLAINT',
  'JOINT',
]);

export const inspectingAgency = pgEnum('inspecting_agency', INSPECTING_AGENCIES);

export const inspectionOutcome = pgEnum('inspection_outcome', ['NO_VIOLATION', 'VIOLATIONS_FOUND']);
/** Nghị định 45/2022/NĐ-CP: an organisation is fined twice what an individual is. */
export const offenderKind = pgEnum('offender_kind', ['INDIVIDUAL', 'ORGANIZATION']);

/** Cuộc kiểm tra: one visit to one facility, by the police alone or in a joint team. */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** DONRE's facility id: another agency's database, so no foreign key */
    facilityId: uuid('facility_id').notNull(),
    /** the facility's unit on the day, kept here so area filters need no other agency */
    adminUnitCode: text('admin_unit_code').notNull(),
    conductedOn: date('conducted_on', { mode: 'string' }).notNull(),
    kind: inspectionKind('kind').notNull(),
    leadAgency: inspectingAgency('lead_agency').notNull(),
    jointAgencies: inspectingAgency('joint_agencies').array().notNull().default(sql`'{}'`),
    findings: text('findings'),
    outcome: inspectionOutcome('outcome').notNull(),
    ...timestampColumns(),
  },
  (t) => [
    index('inspections_facility_id_idx').on(t.facilityId),
    index('inspections_admin_unit_code_idx').on(t.adminUnitCode),
    index('inspections_conducted_on_id_idx').on(t.conductedOn, t.id),
    // a joint inspection is one with partner agencies, and only such a one has them
    check(
      'inspections_joint_agencies_check',
      sql`(${t.kind} = 'JOINT') = (cardinality(${t.jointAgencies}) > 0)`,
    ),
    check('inspections_lead_not_joint_check', sql`not (${t.leadAgency} = any(${t.jointAgencies}))`),
    // the police record only the inspections they led or took part in
    check(
      'inspections_police_took_part_check',
      sql`${t.leadAgency} = 'POLICE' or 'POLICE' = any(${t.jointAgencies})`,
    ),
  ],
);

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

/** Quyết định xử phạt vi phạm hành chính: at most one per violation. */
export const sanctions = pgTable(
  'sanctions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    violationId: uuid('violation_id')
      .notNull()
      .references(() => violations.id, { onDelete: 'restrict' }),
    /** e.g. "125/QĐ-XPHC"; authorities number their decisions afresh every year */
    decisionNumber: text('decision_number').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    decidingAuthority: text('deciding_authority').notNull(),
    /** null for a warning (cảnh cáo) */
    fineVnd: bigint('fine_vnd', { mode: 'bigint' }),
    suspensionMonths: integer('suspension_months'),
    otherPenalties: text('other_penalties').array().notNull().default(sql`'{}'`),
    remedialMeasures: text('remedial_measures').array().notNull().default(sql`'{}'`),
    paidOn: date('paid_on', { mode: 'string' }),
    /** whose power the decision was made under: the police, DONRE's inspectorate or a commune's chairman */
    sanctionedBy: authorityKind('sanctioned_by').notNull().default('POLICE'),
    /** the commune whose chairman decided; null for the city's agencies */
    sanctionedByUnitCode: text('sanctioned_by_unit_code'),
    ...timestampColumns(),
  },
  (t) => [
    check(
      'sanctions_sanctioned_by_unit_check',
      sql`(${t.sanctionedBy} = 'COMMUNE_CHAIRMAN') = (${t.sanctionedByUnitCode} is not null)`,
    ),
    uniqueIndex('sanctions_violation_id_key').on(t.violationId),
    uniqueIndex('sanctions_decision_key').on(
      t.decidingAuthority,
      t.decisionNumber,
      sql`extract(year from ${t.decidedOn})`,
    ),
    // Nghị định 45/2022/NĐ-CP: at most 1 000 000 000 đồng for an individual, twice that for an
    // organisation; a warning has no fine, so a fine is never 0
    check(
      'sanctions_fine_check',
      sql`${t.fineVnd} is null or (${t.fineVnd} > 0 and ${t.fineVnd} <= 2000000000)`,
    ),
    // Luật Xử lý vi phạm hành chính 2012, Điều 25: suspension lasts 1 to 24 months
    check(
      'sanctions_suspension_check',
      sql`${t.suspensionMonths} is null or ${t.suspensionMonths} between 1 and 24`,
    ),
    check(
      'sanctions_paid_on_check',
      sql`${t.paidOn} is null or (${t.fineVnd} is not null and ${t.paidOn} >= ${t.decidedOn})`,
    ),
  ],
);

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

/** The audit trail of reads of personal and case data and of denials (docs/access.md). */
export { auditLog } from '@ipc-hub/access';

/** The outbox of the hub events this agency records (docs/notifications.md). */
export { hubEvents } from '@ipc-hub/events';
