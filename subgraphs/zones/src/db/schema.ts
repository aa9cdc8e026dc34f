import { plantStatusEnum, timestampColumns, wastewaterPlantColumns } from '@ipc-hub/db';
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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const zoneKind = pgEnum('zone_kind', [
  'INDUSTRIAL_ZONE',
  'EXPORT_PROCESSING_ZONE',
  'HIGH_TECH_PARK',
]);
export const zoneStatus = pgEnum('zone_status', ['PLANNED', 'UNDER_CONSTRUCTION', 'OPERATING']);
export const plantStatus = plantStatusEnum();

/**
 * Khu công nghiệp, khu chế xuất, khu công nghệ cao, with its central
 * wastewater plant (trạm xử lý nước thải tập trung) in the same row: a zone
 * has one, and the plan judges the zone by it (target 3.1).
 */
export const zones = pgTable(
  'zones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: zoneKind('kind').notNull(),
    /** a code of DONRE's administrative units; a reference across agencies, so no foreign key */
    adminUnitCode: text('admin_unit_code').notNull(),
    areaHa: doublePrecision('area_ha'),
    status: zoneStatus('status').notNull().default('PLANNED'),
    developer: text('developer'),
    ...wastewaterPlantColumns(plantStatus),
    ...timestampColumns(),
  },
  (t) => [
    uniqueIndex('zones_code_key').on(t.code),
    index('zones_admin_unit_code_idx').on(t.adminUnitCode),
    index('zones_name_id_idx').on(t.name, t.id),
    check('zones_area_check', sql`${t.areaHa} is null or ${t.areaHa} > 0`),
    check(
      'zones_plant_capacity_check',
      sql`${t.plantCapacityM3PerDay} is null or ${t.plantCapacityM3PerDay} > 0`,
    ),
  ],
);

/**
 * A facility's tenancy in a zone. `facility_id` refers to DONRE's registry
 * (another agency's database, so no foreign key); a facility is in one zone.
 */
export const zoneTenancies = pgTable(
  'zone_tenancies',
  {
    facilityId: uuid('facility_id').primaryKey(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'restrict' }),
    /** Giấy chứng nhận đầu tư / investment certificate number */
    investmentCertificate: text('investment_certificate'),
    /** đấu nối: the facility's wastewater goes to the central plant */
    connectedToPlant: boolean('connected_to_plant').notNull().default(false),
    since: date('since', { mode: 'string' }),
  },
  (t) => [index('zone_tenancies_zone_id_idx').on(t.zoneId)],
);
