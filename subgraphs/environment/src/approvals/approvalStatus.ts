import type { ApprovalModel } from '../models';

export type ApprovalStatus = 'VALID' | 'EXPIRED' | 'REVOKED';

/**
 * An approval's status on a day, from its dates alone: revoked from the day
 * of revocation, expired the day after `validUntil`, and nothing at all
 * before it was issued. Nothing is stored that a date could make stale.
 */
export function approvalStatusOn(approval: ApprovalModel, date: string): ApprovalStatus | null {
  if (approval.issuedOn > date) return null;
  if (approval.revokedOn && approval.revokedOn <= date) return 'REVOKED';
  if (approval.validUntil && approval.validUntil < date) return 'EXPIRED';
  return 'VALID';
}
