import { timestampColumns } from '@ipc-hub/db';
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  pgEnum,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** The life of a project, the same in every agency that registers projects. */
export const investmentProjectStatusEnum = () =>
  pgEnum('investment_project_status', [
    'REGISTERED',
    'UNDER_CONSTRUCTION',
    'OPERATING',
    'TERMINATED',
  ]);

/**
 * A project's own columns, beside the zone or cluster it is in:
 * `facility_id` is DONRE's facility once the project operates (another
 * agency's id, so no foreign key).
 */
export function investmentProjectColumns(status: ReturnType<typeof investmentProjectStatusEnum>) {
  return {
    id: uuid('id').primaryKey().defaultRandom(),
    investor: text('investor').notNull(),
    name: text('name').notNull(),
    /** VSIC 2018 level-4 code, as DONRE's sectors name it */
    sectorCode: text('sector_code').notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    investmentCertificate: text('investment_certificate'),
    capitalVnd: bigint('capital_vnd', { mode: 'bigint' }),
    inLineWithPlanning: boolean('in_line_with_planning').notNull(),
    planningNote: text('planning_note'),
    status: status('status').notNull().default('REGISTERED'),
    facilityId: uuid('facility_id'),
    operatingSince: date('operating_since', { mode: 'string' }),
    ...timestampColumns(),
  };
}

interface ProjectTable {
  id: AnyPgColumn;
  registeredOn: AnyPgColumn;
  investmentCertificate: AnyPgColumn;
  capitalVnd: AnyPgColumn;
  status: AnyPgColumn;
  facilityId: AnyPgColumn;
  operatingSince: AnyPgColumn;
}

/** The unique certificate and the checks a project's row keeps, named after its table. */
export function investmentProjectConstraints(table: string, place: AnyPgColumn, t: ProjectTable) {
  const placeName = place.name;
  const rule = (name: string, condition: SQL) => check(`${table}_${name}_check`, condition);
  return [
    index(`${table}_${placeName}_idx`).on(place),
    index(`${table}_facility_id_idx`).on(t.facilityId),
    index(`${table}_registered_on_id_idx`).on(t.registeredOn, t.id),
    uniqueIndex(certificateConstraint(table)).on(t.investmentCertificate),
    rule('capital', sql`${t.capitalVnd} is null or ${t.capitalVnd} > 0`),
    rule('operating', sql`${t.operatingSince} is null or ${t.operatingSince} >= ${t.registeredOn}`),
    // an operating project has its facility; one that never operated has none
    rule(
      'facility',
      sql`(${t.status} = 'OPERATING' and ${t.facilityId} is not null) or (${t.status} in ('REGISTERED', 'UNDER_CONSTRUCTION') and ${t.facilityId} is null and ${t.operatingSince} is null) or ${t.status} = 'TERMINATED'`,
    ),
  ];
}

/** The unique index that keeps one project per investment certificate. */
export const certificateConstraint = (table: string) => `${table}_investment_certificate_key`;
