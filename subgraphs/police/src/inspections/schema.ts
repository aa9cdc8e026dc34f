import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import { check, date, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { INSPECTING_AGENCIES } from './inspectingAgencies';

export const inspectionKind = pgEnum('inspection_kind', [
  'SCHEDULED',
  'SURPRISE',
  'COMPLAINT',
  'JOINT',
]);

export const inspectingAgency = pgEnum('inspecting_agency', INSPECTING_AGENCIES);

export const inspectionOutcome = pgEnum('inspection_outcome', ['NO_VIOLATION', 'VIOLATIONS_FOUND']);

/** Cuộc kiểm tra: one visit to one facility, by the police alone or in a joint team. */
export const inspections = pgTable(
  'inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** DONRE's facility id: another agency's database, so no foreign key */
    facilityId: uuid('facility_id').notNull(),
    /** the facility's unit on the day, kept here so area filters need no other agency */
    adminUnitCode: text('admin_unit_code').notNull(),
    conductedOn: date('conducted_on', { mode: 'string' }).notNull(),
    kind: inspectionKind('kind').notNull(),
    leadAgency: inspectingAgency('lead_agency').notNull(),
    jointAgencies: inspectingAgency('joint_agencies').array().notNull().default(sql`'{}'`),
    findings: text('findings'),
    outcome: inspectionOutcome('outcome').notNull(),
    ...timestampColumns(),
  },
  (t) => [
    index('inspections_facility_id_idx').on(t.facilityId),
    index('inspections_admin_unit_code_idx').on(t.adminUnitCode),
    index('inspections_conducted_on_id_idx').on(t.conductedOn, t.id),
    // a joint inspection is one with partner agencies, and only such a one has them
    check(
      'inspections_joint_agencies_check',
      sql`(${t.kind} = 'JOINT') = (cardinality(${t.jointAgencies}) > 0)`,
    ),
    check('inspections_lead_not_joint_check', sql`not (${t.leadAgency} = any(${t.jointAgencies}))`),
    // the police record only the inspections they led or took part in
    check(
      'inspections_police_took_part_check',
      sql`${t.leadAgency} = 'POLICE' or 'POLICE' = any(${t.jointAgencies})`,
    ),
  ],
);
