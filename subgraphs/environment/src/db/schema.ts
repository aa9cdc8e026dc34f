import { historyColumns, timestampColumns } from '@ipc-hub/db';
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
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { addressKey } from '../facilities/addressKey';

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
     * Name, tax code and address in Unicode NFKC (full-width "Ｄｅｔ" is
     * "Det", a letter typed with a combining mark is the precomposed one),
     * without Vietnamese diacritics, in lower case, kept by PostgreSQL
     * itself: what `search` matches, through a trigram index ("det nhuom"
     * finds "Dệt Nhuộm"). `searchTerms` folds a query the same way.
     */
    searchText: text('search_text').generatedAlwaysAs(
      sql`translate(lower(normalize(name || ' ' || tax_code || ' ' || address, NFKC)), ${sql.raw(`'${VIETNAMESE_LETTERS}'`)}, ${sql.raw(`'${ASCII_LETTERS}'`)})`,
    ),
    /** The address as uniqueness compares it (`addressKey`: NFC, case, spaces, trailing punctuation). */
    normalizedAddress: text('normalized_address')
      .notNull()
      .generatedAlwaysAs(addressKey(sql.raw('address'))),
    ...timestampColumns(),
  },
  (t) => [
    // A company (one tax code) may run several plants; one plant is one address,
    // however it is typed.
    uniqueIndex('facilities_tax_code_normalized_address_key').on(t.taxCode, t.normalizedAddress),
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

/**
 * A facility's states with the day each took effect (docs/plan-report.md):
 * its status and its start of operation, as the plan's report reads them for
 * a past period. Written with every change of them, in the same transaction.
 */
export const facilityHistory = pgTable(
  'facility_history',
  {
    facilityId: uuid('facility_id')
      .notNull()
      .references(() => facilities.id, { onDelete: 'cascade' }),
    ...historyColumns(),
    status: facilityStatus('status').notNull(),
    startedOperationOn: date('started_operation_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.facilityId, t.effectiveOn] })],
);

/** The columns of a facility that its history keeps. */
export const FACILITY_KEPT_STATE = ['status', 'startedOperationOn'] as const;

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
    /** the facility approved; null for an approval granted to an investment project */
    facilityId: uuid('facility_id').references(() => facilities.id, { onDelete: 'restrict' }),
    /**
     * the investment project approved (an ĐTM is approved for the project,
     * before it has a facility): HIZA's, another agency's id, so no foreign key
     */
    projectId: uuid('project_id'),
    /** DOIT's investment project in a cluster approved (another agency's id, so no foreign key) */
    clusterProjectId: uuid('cluster_project_id'),
    /** a project's approval: the unit of the project's zone or cluster, for area officers' scope */
    adminUnitCode: text('admin_unit_code'),
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
    index('approvals_project_id_idx').on(t.projectId),
    index('approvals_cluster_project_id_idx').on(t.clusterProjectId),
    // an approval is of a facility, a zone's project or a cluster's project, and a project's carries its unit
    check(
      'approvals_subject_check',
      sql`num_nonnulls(${t.facilityId}, ${t.projectId}, ${t.clusterProjectId}) = 1 and (${t.facilityId} is null) = (${t.adminUnitCode} is not null)`,
    ),
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

export const stationKind = pgEnum('station_kind', ['WASTEWATER', 'STACK_GAS']);
export const qcvnColumn = pgEnum('qcvn_column', ['A', 'B']);
/** QCVN 40:2011 §2.3: the receiving water fixes Kq (urban sewer: C of column B, unscaled). */
export const receivingWaterKind = pgEnum('receiving_water_kind', [
  'RIVER',
  'LAKE',
  'COASTAL_PROTECTED',
  'COASTAL_OTHER',
  'URBAN_SEWER',
]);
export const limitKind = pgEnum('limit_kind', ['MAX', 'RANGE']);
export const dischargeCoefficient = pgEnum('discharge_coefficient', ['KQ', 'KF']);

/**
 * Thông số quan trắc: the codes files and the API name parameters by (those
 * of QCVN 40:2011, and the stack-gas ones). Ids are fixed by the migration
 * that inserts them, so every database numbers them alike.
 */
export const monitoringParameters = pgTable(
  'monitoring_parameters',
  {
    id: smallint('id').primaryKey(),
    code: text('code').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    /** as the regulation writes it; files may write it in another case (mg/L) */
    unit: text('unit').notNull(),
  },
  (t) => [uniqueIndex('monitoring_parameters_code_key').on(t.code)],
);

/**
 * Quy chuẩn kỹ thuật: a discharge regulation and the days it was in force.
 * Several may be in force at once for one station kind: a sector's own
 * standard (QCVN 12-MT:2015 paper, QCVN 13-MT:2015 textile, see
 * `regulationSectors`) applies to the facilities of its sectors, a general
 * one (QCVN 40:2011) to every other station. A new regulation is added as
 * rows (its limits and sectors in the same transaction), never as code.
 */
export const regulations = pgTable(
  'regulations',
  {
    /** e.g. QCVN 40:2011/BTNMT */
    code: text('code').primaryKey(),
    title: text('title').notNull(),
    /** e.g. Thông tư 47/2011/TT-BTNMT */
    issuedBy: text('issued_by').notNull(),
    stationKind: stationKind('station_kind').notNull(),
    /** in force from this day, Vietnam time */
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** no longer applied from this day (a replacement's transition ended); null while in force */
    validTo: date('valid_to', { mode: 'string' }),
    /** the public text the rows were taken from */
    source: text('source'),
  },
  (t) => [
    index('regulations_station_kind_effective_from_idx').on(t.stationKind, t.effectiveFrom),
    check(
      'regulations_valid_to_check',
      sql`${t.validTo} is null or ${t.validTo} > ${t.effectiveFrom}`,
    ),
  ],
);

/**
 * Ngành áp dụng: the VSIC 2018 level-4 sectors a sector standard applies to.
 * A regulation with no row here is general; a facility of a listed sector is
 * judged by the sector's standard while one is in force.
 */
export const regulationSectors = pgTable(
  'regulation_sectors',
  {
    regulationCode: text('regulation_code')
      .notNull()
      .references(() => regulations.code, { onDelete: 'cascade' }),
    /** VSIC 2018 level-4 code; the sector list is reference data loaded apart, so no foreign key */
    sectorCode: text('sector_code').notNull(),
  },
  (t) => [
    primaryKey({ name: 'regulation_sectors_pkey', columns: [t.regulationCode, t.sectorCode] }),
    index('regulation_sectors_sector_code_idx').on(t.sectorCode),
  ],
);

/** Giá trị C: one parameter's limit in one column of a regulation. */
export const regulationLimits = pgTable(
  'regulation_limits',
  {
    regulationCode: text('regulation_code')
      .notNull()
      .references(() => regulations.code, { onDelete: 'cascade' }),
    parameterId: smallint('parameter_id')
      .notNull()
      .references(() => monitoringParameters.id, { onDelete: 'restrict' }),
    qcvnColumn: qcvnColumn('qcvn_column').notNull(),
    kind: limitKind('kind').notNull(),
    /** RANGE only (pH) */
    minValue: doublePrecision('min_value'),
    maxValue: doublePrecision('max_value').notNull(),
    /** Cmax = C × Kq × Kf; false: Cmax = C (QCVN 40:2011 §2.3: temperature, colour, pH, coliform, α, β) */
    scaled: boolean('scaled').notNull(),
    /** where the figure comes from and how sure it is, so that a correction is one row */
    source: text('source'),
  },
  (t) => [
    primaryKey({
      name: 'regulation_limits_pkey',
      columns: [t.regulationCode, t.parameterId, t.qcvnColumn],
    }),
    index('regulation_limits_parameter_id_idx').on(t.parameterId),
    check(
      'regulation_limits_kind_check',
      sql`(${t.kind} = 'RANGE') = (${t.minValue} is not null) and (${t.minValue} is null or ${t.minValue} < ${t.maxValue})`,
    ),
  ],
);

/**
 * The bands that turn a station's receiving water and discharge flow into Kq
 * and Kf (QCVN 40:2011 §2.3–2.4), as rows: the river and Kf bands are as
 * commonly cited and may need correcting against the official text.
 */
export const coefficientBands = pgTable(
  'coefficient_bands',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    regulationCode: text('regulation_code')
      .notNull()
      .references(() => regulations.code, { onDelete: 'cascade' }),
    coefficient: dischargeCoefficient('coefficient').notNull(),
    /** null: any receiving water (Kf); a row for the station's own kind wins over it */
    receivingWater: receivingWaterKind('receiving_water'),
    /** the band is measure > above (null: no lower bound) */
    above: doublePrecision('above'),
    /** … and measure ≤ up_to (null: no upper bound) */
    upTo: doublePrecision('up_to'),
    /** the band for a station whose measure is not known (a river without flow data) */
    whenUnknown: boolean('when_unknown').notNull().default(false),
    value: doublePrecision('value').notNull(),
  },
  (t) => [
    index('coefficient_bands_regulation_code_idx').on(t.regulationCode),
    check('coefficient_bands_value_check', sql`${t.value} > 0`),
  ],
);

/**
 * Trạm quan trắc tự động, liên tục (Nghị định 08/2022/NĐ-CP, Điều 97–98): at
 * a facility, or at a zone's (HIZA) or cluster's (DOIT) central plant, which
 * are other agencies' records and so are kept by id only.
 */
export const monitoringStations = pgTable(
  'monitoring_stations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** a compact key for the readings, which number ~10⁸ a year */
    number: integer('number').notNull().generatedAlwaysAsIdentity(),
    /** `<FACILITY>_<STATION>` of the station's file names */
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: stationKind('kind').notNull(),
    facilityId: uuid('facility_id').references(() => facilities.id, { onDelete: 'restrict' }),
    zoneId: uuid('zone_id'),
    clusterId: uuid('cluster_id'),
    /** a central plant's unit; a facility's station follows its facility's */
    adminUnitCode: text('admin_unit_code').references(() => adminUnits.code, {
      onDelete: 'restrict',
    }),
    qcvnColumn: qcvnColumn('qcvn_column'),
    receivingWater: receivingWaterKind('receiving_water'),
    receivingWaterName: text('receiving_water_name'),
    /** a river's flow, m³/s (null: no flow data) */
    receivingFlowM3PerS: doublePrecision('receiving_flow_m3_per_s'),
    /** a lake's volume, m³ */
    receivingVolumeM3: doublePrecision('receiving_volume_m3'),
    /** F of QCVN 40:2011 §2.4, m³ per 24 h */
    dischargeM3PerDay: doublePrecision('discharge_m3_per_day'),
    /** the coefficients the station's limits are scaled by: given, or from the inputs above */
    kq: doublePrecision('kq'),
    kf: doublePrecision('kf'),
    /** true when DONRE set Kq and Kf themselves (as a permit states them) */
    coefficientsGiven: boolean('coefficients_given').notNull().default(false),
    /** stack gas, QCVN 19:2009 §2.3: Kp by the stack's flow P (m³/h); null is taken as 1 (P ≤ 20 000) */
    kp: doublePrecision('kp'),
    /** stack gas, QCVN 19:2009 §2.4: Kv by the area the stack stands in; null is taken as 1 (an industrial zone) */
    kv: doublePrecision('kv'),
    /** the Vietnamese day the station started measuring: a reading before it cannot be */
    operatingSince: date('operating_since', { mode: 'string' }).notNull(),
    ...timestampColumns(),
  },
  (t) => [
    uniqueIndex('monitoring_stations_code_key').on(t.code),
    uniqueIndex('monitoring_stations_number_key').on(t.number),
    index('monitoring_stations_facility_id_idx').on(t.facilityId),
    index('monitoring_stations_zone_id_idx').on(t.zoneId),
    index('monitoring_stations_cluster_id_idx').on(t.clusterId),
    index('monitoring_stations_admin_unit_code_idx').on(t.adminUnitCode),
    check(
      'monitoring_stations_subject_check',
      sql`num_nonnulls(${t.facilityId}, ${t.zoneId}, ${t.clusterId}) = 1 and (${t.facilityId} is null) = (${t.adminUnitCode} is not null)`,
    ),
    check(
      'monitoring_stations_wastewater_check',
      sql`${t.kind} <> 'WASTEWATER' or (${t.qcvnColumn} is not null and ${t.kq} > 0 and ${t.kf} > 0)`,
    ),
    check(
      'monitoring_stations_stack_gas_check',
      sql`(${t.kp} is null or ${t.kp} > 0) and (${t.kv} is null or ${t.kv} > 0) and (${t.kind} = 'STACK_GAS' or (${t.kp} is null and ${t.kv} is null))`,
    ),
  ],
);

export const monitoringStationParameters = pgTable(
  'monitoring_station_parameters',
  {
    stationId: uuid('station_id')
      .notNull()
      .references(() => monitoringStations.id, { onDelete: 'cascade' }),
    parameterId: smallint('parameter_id')
      .notNull()
      .references(() => monitoringParameters.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({
      name: 'monitoring_station_parameters_pkey',
      columns: [t.stationId, t.parameterId],
    }),
    index('monitoring_station_parameters_parameter_id_idx').on(t.parameterId),
  ],
);

/**
 * One value of one parameter at one instant: ~100 million rows a year for a
 * city network, so the row is 20 bytes of data (columns ordered so none is
 * padded) and the only indexes are the key that makes ingestion idempotent
 * and a BRIN on time, a few pages for the whole table. No foreign keys: a
 * check per row would cost an index probe, and ingestion resolves the
 * station and parameter before it writes (stations are never deleted).
 */
export const monitoringReadings = pgTable(
  'monitoring_readings',
  {
    measuredAt: timestamp('measured_at', { withTimezone: true }).notNull(),
    stationNumber: integer('station_number').notNull(),
    value: real('value').notNull(),
    parameterId: smallint('parameter_id').notNull(),
    /** 0 measuring, 1 calibrating, 2 device error (Thông tư 10/2021/TT-BTNMT) */
    status: smallint('status').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'monitoring_readings_pkey',
      columns: [t.stationNumber, t.parameterId, t.measuredAt],
    }),
    index('monitoring_readings_measured_at_brin')
      .using('brin', t.measuredAt)
      .with({ pages_per_range: 32 }),
    check('monitoring_readings_status_check', sql`${t.status} between 0 and 2`),
  ],
);

/** The data files received, by name: what makes the folder import resumable. */
export const monitoringFiles = pgTable(
  'monitoring_files',
  {
    fileName: text('file_name').primaryKey(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => monitoringStations.id, { onDelete: 'restrict' }),
    /** the time in the file's name */
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    readings: integer('readings').notNull(),
    accepted: integer('accepted').notNull(),
    duplicates: integer('duplicates').notNull(),
    exceedances: integer('exceedances').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** the token subject, or the folder import */
    receivedBy: text('received_by'),
  },
  (t) => [index('monitoring_files_station_id_sent_at_idx').on(t.stationId, t.sentAt)],
);

/** The audit trail of reads of personal data and of denials (docs/access.md). */
export { auditLog } from '@ipc-hub/access';

/** The outbox of the hub events this agency records (docs/notifications.md). */
export { hubEvents } from '@ipc-hub/events';
