import {
  historyColumns,
  plantStatusEnum,
  timestampColumns,
  wastewaterPlantColumns,
} from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import {
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
