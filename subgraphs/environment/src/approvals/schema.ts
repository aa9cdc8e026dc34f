import { timestampColumns } from '@ipc-hub/db';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { facilities } from '../facilities/schema';

export const approvalKind = pgEnum('approval_kind', [
  'EIA_REPORT',
  'PROTECTION_COMMITMENT',
  'PROTECTION_PLAN',
  'DETAILED_PROTECTION_SCHEME',
  'SIMPLE_PROTECTION_SCHEME',
  'ENVIRONMENTAL_PERMIT',
  'ENVIRONMENTAL_REGISTRATION',
]);

/** Hồ sơ, thủ tục môi trường: ĐTM, cam kết/kế hoạch BVMT, đề án BVMT, giấy phép, đăng ký môi trường. */
export const approvals = pgTable(
  'approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** the facility approved; null for an approval granted to an investment project */
    facilityId: uuid('facility_id').references(() => facilities.id, { onDelete: 'restrict' }),
    /**
     * the investment project approved (an ĐTM is approved for the project,
     * before it has a facility): HIZA's, another agency's id, so no foreign key
     */
    projectId: uuid('project_id'),
    /** DOIT's investment project in a cluster approved (another agency's id, so no foreign key) */
    clusterProjectId: uuid('cluster_project_id'),
    /** a project's approval: the unit of the project's zone or cluster, for area officers' scope */
    adminUnitCode: text('admin_unit_code'),
    kind: approvalKind('kind').notNull(),
    decisionNumber: text('decision_number').notNull(),
    issuingAuthority: text('issuing_authority').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    revokedOn: date('revoked_on', { mode: 'string' }),
    ...timestampColumns(),
  },
  (t) => [
    index('approvals_facility_id_idx').on(t.facilityId),
    index('approvals_project_id_idx').on(t.projectId),
    index('approvals_cluster_project_id_idx').on(t.clusterProjectId),
    // an approval is of a facility, a zone's project or a cluster's project, and a project's carries its unit
    check(
      'approvals_subject_check',
      sql`num_nonnulls(${t.facilityId}, ${t.projectId}, ${t.clusterProjectId}) = 1 and (${t.facilityId} is null) = (${t.adminUnitCode} is not null)`,
    ),
    check(
      'approvals_validity_check',
      sql`${t.validUntil} is null or ${t.validUntil} >= ${t.issuedOn}`,
    ),
    check(
      'approvals_revocation_check',
      sql`${t.revokedOn} is null or ${t.revokedOn} >= ${t.issuedOn}`,
    ),
  ],
);

/** Kiểm tra sau thẩm định (hậu kiểm): were the approved treatment works built and do they work? */
export const postApprovalInspections = pgTable(
  'post_approval_inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    approvalId: uuid('approval_id')
      .notNull()
      .references(() => approvals.id, { onDelete: 'restrict' }),
    inspectedOn: date('inspected_on', { mode: 'string' }).notNull(),
    treatmentCompliant: boolean('treatment_compliant').notNull(),
    findings: text('findings'),
    ...timestampColumns(),
  },
  (t) => [index('post_approval_inspections_approval_id_idx').on(t.approvalId)],
);
