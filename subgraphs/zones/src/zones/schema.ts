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
    /** tỷ lệ lấp đầy: percent of the industrial land leased */
    occupancyPercent: doublePrecision('occupancy_percent'),
    ...wastewaterPlantColumns(plantStatus),
    /** the day the plant must be in operation by, when a decision set one */
    plantDeadline: date('plant_deadline', { mode: 'string' }),
    /** the decision that set it (e.g. Kế hoạch 75/KH-UBND) */
    plantDeadlineDecision: text('plant_deadline_decision'),
    plantDeadlineSetOn: date('plant_deadline_set_on', { mode: 'string' }),
    ...timestampColumns(),
  },
  (t) => [
    uniqueIndex('zones_code_key').on(t.code),
    index('zones_admin_unit_code_idx').on(t.adminUnitCode),
    index('zones_name_id_idx').on(t.name, t.id),
    check('zones_area_check', sql`${t.areaHa} is null or ${t.areaHa} > 0`),
    check(
      'zones_occupancy_check',
      sql`${t.occupancyPercent} is null or ${t.occupancyPercent} between 0 and 100`,
    ),
    check(
      'zones_plant_capacity_check',
      sql`${t.plantCapacityM3PerDay} is null or ${t.plantCapacityM3PerDay} > 0`,
    ),
    // a zone without a plant has no capacity, compliance, monitoring or commissioning
    check(
      'zones_plant_none_check',
      sql`${t.plantStatus} <> 'NONE' or (${t.plantCapacityM3PerDay} is null and ${t.plantCommissionedOn} is null and not ${t.plantCompliant} and not ${t.plantAutoMonitoring})`,
    ),
    check(
      'zones_plant_deadline_check',
      sql`(${t.plantDeadline} is null) = (${t.plantDeadlineDecision} is null) and (${t.plantDeadlineSetOn} is null or ${t.plantDeadlineSetOn} <= ${t.plantDeadline})`,
    ),
  ],
);

/**
 * A zone's states with the day each took effect (docs/plan-report.md): its
 * status and its central plant's, as the plan's report reads them for a
 * past period. Written with every change of them, in the same transaction.
 */
export const zoneHistory = pgTable(
  'zone_history',
  {
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'cascade' }),
    ...historyColumns(),
    status: zoneStatus('status').notNull(),
    plantStatus: plantStatus('plant_status').notNull(),
    plantCommissionedOn: date('plant_commissioned_on', { mode: 'string' }),
    plantCompliant: boolean('plant_compliant').notNull(),
    plantAutoMonitoring: boolean('plant_auto_monitoring').notNull(),
  },
  (t) => [primaryKey({ columns: [t.zoneId, t.effectiveOn] })],
);

/** The columns of a zone that its history keeps. */
export const ZONE_KEPT_STATE = [
  'status',
  'plantStatus',
  'plantCommissionedOn',
  'plantCompliant',
  'plantAutoMonitoring',
] as const;
