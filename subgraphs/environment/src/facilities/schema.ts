import { historyColumns, timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import {
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
import { adminUnits } from '../adminUnits/schema';
import { addressKey } from './addressKey';

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
