import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import { check, date, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const certificationKind = pgEnum('certification_kind', [
  'ISO_14001',
  'CLEANER_PRODUCTION',
  'ENERGY_AUDIT',
]);

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
