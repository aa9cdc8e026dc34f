import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Vietnamese letters with diacritics, upper and lower case, and their ASCII
 * base letters, position by position. `translate` is immutable, so a
 * generated column may use it; `lower` alone would miss them under the C
 * locale embedded PostgreSQL runs with.
 */
const VIETNAMESE_LETTERS =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ' +
  'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';
const ASCII_LETTERS =
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd' +
  'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';

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

/** VSIC 2018 level-4 sectors (Quyết định 27/2018/QĐ-TTg). */
export const sectors = pgTable(
  'sectors',
  {
    code: text('code').primaryKey(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    /** plan-75: named by the plan; common: commonly treated as high risk; null: not high risk */
    highRisk: text('high_risk'),
  },
  (t) => [check('sectors_high_risk_check', sql`${t.highRisk} in ('plan-75', 'common')`)],
);

export const facilityStatus = pgEnum('facility_status', [
  'OPERATING',
  'SUSPENDED',
  'CLOSED',
  'RELOCATED',
  'UNDER_CONSTRUCTION',
]);

export const facilitySetting = pgEnum('facility_setting', ['ZONE', 'CLUSTER', 'STANDALONE']);

/** Cơ sở sản xuất: the canonical registry the other agencies refer to by id. */
export const facilities = pgTable(
  'facilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    taxCode: text('tax_code').notNull(),
    address: text('address').notNull(),
    adminUnitCode: text('admin_unit_code')
      .notNull()
      .references(() => adminUnits.code, { onDelete: 'restrict' }),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    sectorCode: text('sector_code')
      .notNull()
      .references(() => sectors.code, { onDelete: 'restrict' }),
    status: facilityStatus('status').notNull().default('OPERATING'),
    startedOperationOn: date('started_operation_on', { mode: 'string' }),
    setting: facilitySetting('setting').notNull().default('STANDALONE'),
    dischargeM3PerDay: doublePrecision('discharge_m3_per_day'),
    /**
     * Name, tax code and address without Vietnamese diacritics, in lower
     * case, kept by PostgreSQL itself: what `search` matches, through a
     * trigram index ("det nhuom" finds "Dệt Nhuộm").
     */
    searchText: text('search_text').generatedAlwaysAs(
      sql`translate(lower(name || ' ' || tax_code || ' ' || address), ${sql.raw(`'${VIETNAMESE_LETTERS}'`)}, ${sql.raw(`'${ASCII_LETTERS}'`)})`,
    ),
    ...timestampColumns(),
  },
  (t) => [
    // A company (one tax code) may run several plants; one plant is one address.
    uniqueIndex('facilities_tax_code_address_key').on(t.taxCode, t.address),
    index('facilities_admin_unit_code_idx').on(t.adminUnitCode),
    index('facilities_sector_code_idx').on(t.sectorCode),
    index('facilities_status_idx').on(t.status),
    // keyset pagination walks (name, id)
    index('facilities_name_id_idx').on(t.name, t.id),
    index('facilities_search_text_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check(
      'facilities_location_check',
      sql`(${t.latitude} is null) = (${t.longitude} is null) and (${t.latitude} is null or (${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180))`,
    ),
    check(
      'facilities_discharge_check',
      sql`${t.dischargeM3PerDay} is null or ${t.dischargeM3PerDay} >= 0`,
    ),
  ],
);

/** Người đại diện theo pháp luật: personal data, kept in its own table so it can be protected and erased apart. */
export const legalRepresentatives = pgTable('legal_representatives', {
  facilityId: uuid('facility_id')
    .primaryKey()
    .references(() => facilities.id, { onDelete: 'cascade' }),
  fullName: text('full_name').notNull(),
  idNumber: text('id_number'),
  dateOfBirth: date('date_of_birth', { mode: 'string' }),
  phone: text('phone'),
  ...timestampColumns(),
});

export const approvalKind = pgEnum('approval_kind', [
  'EIA_REPORT',
  'PROTECTION_COMMITMENT',
  'PROTECTION_PLAN',
  'DETAILED_PROTECTION_SCHEME',
  'SIMPLE_PROTECTION_SCHEME',
  'ENVIRONMENTAL_PERMIT',
  'ENVIRONMENTAL_REGISTRATION',
]);

/** Hồ sơ, thủ tục môi trường: ĐTM, cam kết/kế hoạch BVMT, đề án BVMT, giấy phép, đăng ký môi trường. */
export const approvals = pgTable(
  'approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'restrict' }),
    kind: approvalKind('kind').notNull(),
    decisionNumber: text('decision_number').notNull(),
    issuingAuthority: text('issuing_authority').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    revokedOn: date('revoked_on', { mode: 'string' }),
    ...timestampColumns(),
  },
  (t) => [
    index('approvals_facility_id_idx').on(t.facilityId),
    check(
      'approvals_validity_check',
      sql`${t.validUntil} is null or ${t.validUntil} >= ${t.issuedOn}`,
    ),
    check(
      'approvals_revocation_check',
      sql`${t.revokedOn} is null or ${t.revokedOn} >= ${t.issuedOn}`,
    ),
  ],
);

/** Kiểm tra sau thẩm định (hậu kiểm): were the approved treatment works built and do they work? */
export const postApprovalInspections = pgTable(
  'post_approval_inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    approvalId: uuid('approval_id')
      .notNull()
      .references(() => approvals.id, { onDelete: 'restrict' }),
    inspectedOn: date('inspected_on', { mode: 'string' }).notNull(),
    treatmentCompliant: boolean('treatment_compliant').notNull(),
    findings: text('findings'),
    ...timestampColumns(),
  },
  (t) => [index('post_approval_inspections_approval_id_idx').on(t.approvalId)],
);

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

/** The audit trail of reads of personal data and of denials (DESIGN §3). */
export { auditLog } from '@ipc-hub/access';
