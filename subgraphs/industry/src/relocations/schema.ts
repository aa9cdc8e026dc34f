import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { clusters } from '../clusters/schema';

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
