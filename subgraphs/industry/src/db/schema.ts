import { plantStatusEnum, timestampColumns, wastewaterPlantColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  pgEnum,
  pgTable,
  text,
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
    ...wastewaterPlantColumns(plantStatus),
    ...timestampColumns(),
  },
  (t) => [
    index('clusters_admin_unit_code_idx').on(t.adminUnitCode),
    index('clusters_name_id_idx').on(t.name, t.id),
    check('clusters_area_check', sql`${t.areaHa} is null or ${t.areaHa} > 0`),
    check(
      'clusters_plant_capacity_check',
      sql`${t.plantCapacityM3PerDay} is null or ${t.plantCapacityM3PerDay} > 0`,
    ),
  ],
);

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
