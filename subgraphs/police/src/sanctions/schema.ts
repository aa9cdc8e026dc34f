import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { authorityKind } from '../authorities/schema';
import { violations } from '../violations/schema';

/** Quyết định xử phạt vi phạm hành chính: at most one per violation. */
export const sanctions = pgTable(
  'sanctions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    violationId: uuid('violation_id')
      .notNull()
      .references(() => violations.id, { onDelete: 'restrict' }),
    /** e.g. "125/QĐ-XPHC"; authorities number their decisions afresh every year */
    decisionNumber: text('decision_number').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    decidingAuthority: text('deciding_authority').notNull(),
    /** null for a warning (cảnh cáo) */
    fineVnd: bigint('fine_vnd', { mode: 'bigint' }),
    suspensionMonths: integer('suspension_months'),
    otherPenalties: text('other_penalties').array().notNull().default(sql`'{}'`),
    remedialMeasures: text('remedial_measures').array().notNull().default(sql`'{}'`),
    paidOn: date('paid_on', { mode: 'string' }),
    /** whose power the decision was made under: the police, DONRE's inspectorate or a commune's chairman */
    sanctionedBy: authorityKind('sanctioned_by').notNull().default('POLICE'),
    /** the commune whose chairman decided; null for the city's agencies */
    sanctionedByUnitCode: text('sanctioned_by_unit_code'),
    ...timestampColumns(),
  },
  (t) => [
    check(
      'sanctions_sanctioned_by_unit_check',
      sql`(${t.sanctionedBy} = 'COMMUNE_CHAIRMAN') = (${t.sanctionedByUnitCode} is not null)`,
    ),
    uniqueIndex('sanctions_violation_id_key').on(t.violationId),
    uniqueIndex('sanctions_decision_key').on(
      t.decidingAuthority,
      t.decisionNumber,
      sql`extract(year from ${t.decidedOn})`,
    ),
    // Nghị định 45/2022/NĐ-CP: at most 1 000 000 000 đồng for an individual, twice that for an
    // organisation; a warning has no fine, so a fine is never 0
    check(
      'sanctions_fine_check',
      sql`${t.fineVnd} is null or (${t.fineVnd} > 0 and ${t.fineVnd} <= 2000000000)`,
    ),
    // Luật Xử lý vi phạm hành chính 2012, Điều 25: suspension lasts 1 to 24 months
    check(
      'sanctions_suspension_check',
      sql`${t.suspensionMonths} is null or ${t.suspensionMonths} between 1 and 24`,
    ),
    check(
      'sanctions_paid_on_check',
      sql`${t.paidOn} is null or (${t.fineVnd} is not null and ${t.paidOn} >= ${t.decidedOn})`,
    ),
  ],
);
