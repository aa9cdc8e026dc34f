import {
  historyColumns,
  plantStatusEnum,
  timestampColumns,
  wastewaterPlantColumns,
} from '@ipc-hub/db';
import {
  investmentProjectColumns,
  investmentProjectConstraints,
  investmentProjectStatusEnum,
} from '@ipc-hub/projects';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const clusterStatus = pgEnum('cluster_status', [
  'PLANNED',
  'UNDER_CONSTRUCTION',
  'OPERATING',
]);
/** The plan pushes developers from the people's committees to enterprises (II.2.2). */
export const developerKind = pgEnum('developer_kind', [
  'DISTRICT_COMMITTEE',
  'COMMUNE_COMMITTEE',
  'ENTERPRISE',
]);
export const plantStatus = plantStatusEnum();
export const investmentProjectStatus = investmentProjectStatusEnum();
/** Kế hoạch 150/KH-UBND and plan 75 (II.2.1): why a facility must leave its site. */
export const relocationReason = pgEnum('relocation_reason', [
  'SERIOUS_POLLUTION',
  'HIGH_RISK_SECTOR_IN_RESIDENTIAL_AREA',
  'NOT_IN_LINE_WITH_PLANNING',
]);
export const relocationStatus = pgEnum('relocation_status', [
  'PLANNED',
  'IN_PROGRESS',
  'COMPLETED',
  'CANCELLED',
]);
export const certificationKind = pgEnum('certification_kind', [
  'ISO_14001',
  'CLEANER_PRODUCTION',
  'ENERGY_AUDIT',
]);

/** Cụm công nghiệp, with its central wastewater plant in the same row. */
export const clusters = pgTable(
  'clusters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** a code of DONRE's administrative units; a reference across agencies, so no foreign key */
    adminUnitCode: text('admin_unit_code').notNull(),
    areaHa: doublePrecision('area_ha'),
    status: clusterStatus('status').notNull().default('PLANNED'),
    developer: text('developer'),
    developerKind: developerKind('developer_kind').notNull(),
    /** tỷ lệ lấp đầy: share of the industrial land leased, % */
    occupancyPercent: doublePrecision('occupancy_percent'),
    ...wastewaterPlantColumns(plantStatus),
    /** thu gom, xử lý chất thải rắn (target 3.2) */
    solidWasteCollection: boolean('solid_waste_collection').notNull().default(false),
    /** hồ sơ pháp lý về bảo vệ môi trường đầy đủ (plan 75, II.2.2) */
    environmentalDossierComplete: boolean('environmental_dossier_complete')
      .notNull()
      .default(false),
    /** hạ tầng kỹ thuật đồng bộ (target 3.2): internal roads built */
    roads: boolean('roads').notNull().default(false),
    /** drainage (stormwater) built */
    drainage: boolean('drainage').notNull().default(false),
    /** power supply connected */
    power: boolean('power').notNull().default(false),
    /** water supply connected */
    waterSupply: boolean('water_supply').notNull().default(false),
    ...timestampColumns(),
  },
  (t) => [
    index('clusters_admin_unit_code_idx').on(t.adminUnitCode),
    index('clusters_name_id_idx').on(t.name, t.id),
    // two clusters of one name in one district could not be told apart by the officers who name them
    uniqueIndex('clusters_admin_unit_code_name_key').on(t.adminUnitCode, t.name),
    check('clusters_area_check', sql`${t.areaHa} is null or ${t.areaHa} > 0`),
    check(
      'clusters_occupancy_check',
      sql`${t.occupancyPercent} is null or ${t.occupancyPercent} between 0 and 100`,
    ),
    check(
      'clusters_plant_capacity_check',
      sql`${t.plantCapacityM3PerDay} is null or ${t.plantCapacityM3PerDay} > 0`,
    ),
  ],
);

/**
 * A cluster's states with the day each took effect (docs/plan-report.md):
 * its status, its central plant's, and the infrastructure target 3.2 reads,
 * as the plan's report reads them for a past period. Written with every
 * change of them, in the same transaction.
 */
export const clusterHistory = pgTable(
  'cluster_history',
  {
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    ...historyColumns(),
    status: clusterStatus('status').notNull(),
    plantStatus: plantStatus('plant_status').notNull(),
    plantCommissionedOn: date('plant_commissioned_on', { mode: 'string' }),
    plantCompliant: boolean('plant_compliant').notNull(),
    plantAutoMonitoring: boolean('plant_auto_monitoring').notNull(),
    solidWasteCollection: boolean('solid_waste_collection').notNull(),
    environmentalDossierComplete: boolean('environmental_dossier_complete').notNull(),
    roads: boolean('roads').notNull(),
    drainage: boolean('drainage').notNull(),
    power: boolean('power').notNull(),
    waterSupply: boolean('water_supply').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.effectiveOn] })],
);

/** The columns of a cluster that its history keeps. */
export const CLUSTER_KEPT_STATE = [
  'status',
  'plantStatus',
  'plantCommissionedOn',
  'plantCompliant',
  'plantAutoMonitoring',
  'solidWasteCollection',
  'environmentalDossierComplete',
  'roads',
  'drainage',
  'power',
  'waterSupply',
] as const;

/**
 * A facility's tenancy in a cluster. `facility_id` refers to DONRE's registry
 * (another agency's database, so no foreign key); a facility is in one cluster.
 */
export const clusterTenancies = pgTable(
  'cluster_tenancies',
  {
    facilityId: uuid('facility_id').primaryKey(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'restrict' }),
    since: date('since', { mode: 'string' }),
  },
  (t) => [index('cluster_tenancies_cluster_id_idx').on(t.clusterId)],
);

/**
 * Dự án đầu tư mới vào cụm: a project registered in a cluster, DOIT's share
 * of what target 3.7 of the plan counts (the Board keeps the zones'). The
 * same columns and rules as the Board's projects (@ipc-hub/projects).
 */
export const clusterInvestmentProjects = pgTable(
  'cluster_investment_projects',
  {
    ...investmentProjectColumns(investmentProjectStatus),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'restrict' }),
  },
  (t) => investmentProjectConstraints('cluster_investment_projects', t.clusterId, t),
);

/**
 * Hồ sơ di dời: a facility to be moved out of a residential area. Its status
 * moves PLANNED → IN_PROGRESS → COMPLETED, or to CANCELLED from either open
 * state; the checks keep each status's dates, so no write can skip a step.
 * `facility_id` and `destination_zone_id` refer to DONRE's and HIZA's records
 * (other agencies' databases, so no foreign key).
 */
export const relocationCases = pgTable(
  'relocation_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: uuid('facility_id').notNull(),
    /** the unit the facility is in (DONRE's, read through the gateway when the case opens): area officers' scope */
    adminUnitCode: text('admin_unit_code').notNull(),
    reason: relocationReason('reason').notNull(),
    destinationZoneId: uuid('destination_zone_id'),
    destinationClusterId: uuid('destination_cluster_id').references(() => clusters.id, {
      onDelete: 'restrict',
    }),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: relocationStatus('status').notNull().default('PLANNED'),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    startedOn: date('started_on', { mode: 'string' }),
    completedOn: date('completed_on', { mode: 'string' }),
    cancelledOn: date('cancelled_on', { mode: 'string' }),
    /** kinh phí hỗ trợ di dời, whole đồng */
    supportGrantedVnd: bigint('support_granted_vnd', { mode: 'bigint' }),
    note: text('note'),
    ...timestampColumns(),
  },
  (t) => [
    index('relocation_cases_facility_id_idx').on(t.facilityId),
    index('relocation_cases_admin_unit_code_idx').on(t.adminUnitCode),
    index('relocation_cases_deadline_id_idx').on(t.deadline, t.id),
    index('relocation_cases_destination_cluster_id_idx').on(t.destinationClusterId),
    // one case per facility, except the cancelled ones a new case replaced
    uniqueIndex('relocation_cases_facility_id_live_key')
      .on(t.facilityId)
      .where(sql`${t.status} <> 'CANCELLED'`),
    check(
      'relocation_cases_one_destination_check',
      sql`${t.destinationZoneId} is null or ${t.destinationClusterId} is null`,
    ),
    check('relocation_cases_deadline_check', sql`${t.deadline} >= ${t.openedOn}`),
    check(
      'relocation_cases_support_check',
      sql`${t.supportGrantedVnd} is null or ${t.supportGrantedVnd} >= 0`,
    ),
    check(
      'relocation_cases_dates_check',
      sql`(${t.startedOn} is null or ${t.startedOn} >= ${t.openedOn})
        and (${t.completedOn} is null or ${t.completedOn} >= ${t.startedOn})
        and (${t.cancelledOn} is null or ${t.cancelledOn} >= coalesce(${t.startedOn}, ${t.openedOn}))`,
    ),
    check(
      'relocation_cases_status_check',
      sql`case ${t.status}
        when 'PLANNED' then ${t.startedOn} is null and ${t.completedOn} is null and ${t.cancelledOn} is null
        when 'IN_PROGRESS' then ${t.startedOn} is not null and ${t.completedOn} is null and ${t.cancelledOn} is null
          and (${t.destinationZoneId} is not null or ${t.destinationClusterId} is not null)
        when 'COMPLETED' then ${t.startedOn} is not null and ${t.completedOn} is not null and ${t.cancelledOn} is null
          and (${t.destinationZoneId} is not null or ${t.destinationClusterId} is not null)
        else ${t.cancelledOn} is not null and ${t.completedOn} is null
      end`,
    ),
  ],
);

/**
 * A facility's ISO 14001 certificate, cleaner-production assessment (sản
 * xuất sạch hơn) or energy audit. `facility_id` refers to DONRE's registry.
 */
export const certifications = pgTable(
  'certifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    facilityId: uuid('facility_id').notNull(),
    /** the unit the facility is in, for area officers' scope */
    adminUnitCode: text('admin_unit_code').notNull(),
    kind: certificationKind('kind').notNull(),
    number: text('number').notNull(),
    issuer: text('issuer').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    ...timestampColumns(),
  },
  (t) => [
    index('certifications_facility_id_idx').on(t.facilityId),
    index('certifications_admin_unit_code_idx').on(t.adminUnitCode),
    // an issuer numbers its certificates once
    uniqueIndex('certifications_kind_issuer_number_key').on(t.kind, t.issuer, t.number),
    check(
      'certifications_validity_check',
      sql`${t.validUntil} is null or ${t.validUntil} > ${t.issuedOn}`,
    ),
  ],
);

/** The audit trail of denials (and of personal data, should DOIT ever hold any). */
export { auditLog } from '@ipc-hub/access';

/** The outbox of the hub events this agency records (docs/notifications.md). */
export { hubEvents } from '@ipc-hub/events';
