import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import {
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
import { adminUnits } from '../adminUnits/schema';
import { facilities } from '../facilities/schema';

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
