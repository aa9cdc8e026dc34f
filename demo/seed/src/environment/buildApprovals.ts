import { deriveSeed } from '../deriveSeed';
import { Random } from '../random';
import { type AuthorityLevel, approvalAuthority } from './approvalAuthority';
import { approvalHistory } from './approvalHistory';
import type { EnvironmentContext } from './createEnvironmentContext';
import type { DecisionRegister } from './decisionRegister';
import { IdSequence } from './idSequence';
import type { ApprovalKind, SeedApproval } from './types';

/** The document that carries each kind: a decision, a certificate, a permit, a receipt. */
const forms: Record<ApprovalKind, string> = {
  EIA_REPORT: 'QĐ',
  PROTECTION_COMMITMENT: 'GXN',
  PROTECTION_PLAN: 'GXN',
  DETAILED_PROTECTION_SCHEME: 'QĐ',
  SIMPLE_PROTECTION_SCHEME: 'GXN',
  ENVIRONMENTAL_PERMIT: 'GP',
  ENVIRONMENTAL_REGISTRATION: 'TN',
};

/** About how many decisions and how many other documents each level numbers a year. */
const yearlyVolume: Record<AuthorityLevel, { decisions: number; others: number }> = {
  MINISTRY: { decisions: 3200, others: 300 },
  PROVINCE: { decisions: 6500, others: 400 },
  DEPARTMENT: { decisions: 1500, others: 900 },
  ZONE_BOARD: { decisions: 350, others: 450 },
  DISTRICT: { decisions: 5000, others: 150 },
  COMMUNE: { decisions: 300, others: 40 },
};

/**
 * Every facility's dossiers (see `approvalHistory`), named after their
 * issuer; their numbers are set when `register` closes.
 */
export function buildApprovals(
  ctx: EnvironmentContext,
  register: DecisionRegister,
): SeedApproval[] {
  const random = new Random(deriveSeed(ctx.root, 'approvals'));
  const ids = new IdSequence(ctx.root, 'approval');
  const approvals: SeedApproval[] = [];
  for (const facility of ctx.base.facilities) {
    const traits = ctx.traits.get(facility.id);
    if (!traits) continue;
    const zone = ctx.zoneOf.get(facility.id) ?? null;
    const foundWithoutApprovalOn = ctx.foundWithoutApprovalOn.get(facility.id) ?? null;
    const drafts = approvalHistory({ facility, traits, zone, foundWithoutApprovalOn }, random);
    const place = {
      districtCode: facility.formerPlace.districtCode,
      unit: ctx.unitOf.get(facility.formerPlace.districtCode),
      zone,
      commune: traits.commune,
    };
    for (const draft of drafts) {
      const authority = approvalAuthority(draft.level, draft.issuedOn, place);
      const form =
        draft.kind === 'ENVIRONMENTAL_PERMIT' && draft.level === 'MINISTRY'
          ? 'GPMT'
          : forms[draft.kind];
      const volume = yearlyVolume[draft.level];
      const approval: SeedApproval = {
        id: ids.next(),
        facilityId: facility.id,
        kind: draft.kind,
        decisionNumber: '',
        issuingAuthority: authority.name,
        issuedOn: draft.issuedOn,
        validUntil: draft.validUntil,
        revokedOn: draft.revokedOn,
      };
      approvals.push(approval);
      register.enter(
        authority,
        form,
        draft.issuedOn,
        form === 'QĐ' ? volume.decisions : volume.others,
        (number) => {
          approval.decisionNumber = number;
        },
      );
    }
  }
  return approvals;
}
