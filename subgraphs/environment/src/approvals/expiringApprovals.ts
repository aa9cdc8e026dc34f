import type { Database } from '@ipc-hub/db';
import { recordEvents } from '@ipc-hub/events';
import type { ScheduledCheck } from '@ipc-hub/server-kit';
import { todayInHanoi } from '@ipc-hub/server-kit';
import { sql } from 'drizzle-orm';
import type * as schema from '../db/schema';

/** how far ahead an approval's end is told */
export const EXPIRY_NOTICE_DAYS = 30;

/**
 * Records one APPROVAL_EXPIRING for each approval in force whose validity
 * ends within the next 30 days (Vietnamese calendar), keyed by the approval
 * and its end date: told once, and again only if its end is moved.
 */
export async function recordExpiringApprovals(
  db: Database<typeof schema>,
  now: Date,
): Promise<number> {
  const today = todayInHanoi(now);
  return db.transaction(async (tx) => {
    const result = (await tx.execute(sql`
      select a.id, a.kind, a.decision_number, a.valid_until::text as valid_until, a.facility_id,
        coalesce(a.admin_unit_code, (select f.admin_unit_code from facilities f where f.id = a.facility_id)) as admin_unit_code
      from approvals a
      where a.revoked_on is null and a.valid_until >= ${today}::date
        and a.valid_until < ${today}::date + ${EXPIRY_NOTICE_DAYS}::int`)) as {
      rows: Array<{
        id: string;
        kind: string;
        decision_number: string;
        valid_until: string;
        facility_id: string | null;
        admin_unit_code: string | null;
      }>;
    };
    await recordEvents(
      tx,
      result.rows.map((approval) => ({
        type: 'APPROVAL_EXPIRING' as const,
        facilityId: approval.facility_id,
        adminUnitCode: approval.admin_unit_code,
        dedupeKey: `${approval.id}:${approval.valid_until}`,
        summary: `${approval.kind} ${approval.decision_number} expires on ${approval.valid_until}`,
        summaryVi: `${approval.kind} ${approval.decision_number} hết hiệu lực ngày ${approval.valid_until}`,
      })),
    );
    return result.rows.length;
  });
}

export const expiringApprovalsCheck: ScheduledCheck<typeof schema> = {
  name: 'expiring approvals',
  everyMs: 6 * 3_600_000,
  run: recordExpiringApprovals,
};
