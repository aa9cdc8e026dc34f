import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
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
