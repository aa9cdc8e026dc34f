import { deriveSeed } from '../deriveSeed';
import { Random } from '../random';
import type { IsoDate, SeedFacility } from '../types';
import { addDays } from './addDays';
import { addYears } from './addYears';
import type { EnvironmentContext } from './createEnvironmentContext';
import { generalFindings, sectorFindings } from './data/inspectionFindings';
import { LAST_RECORD_DAY } from './demoToday';
import { drawDate } from './drawDate';
import { earlierDate } from './earlierDate';
import { IdSequence } from './idSequence';
import { laterDate } from './laterDate';
import type { SeedApproval, SeedPostApprovalInspection } from './types';

/** share of ĐTM decisions and permits whose works were inspected */
const INSPECTED_SHARE = 0.65;
/** systematic post-approval checks began with the 2006 law; older dossiers were checked in the plan's campaign */
const CHECKS_FROM: IsoDate = '2008-01-01';
const CAMPAIGN_FROM: IsoDate = '2012-06-01';
const CAMPAIGN_UNTIL: IsoDate = '2015-12-31';
/** closed and relocated facilities were last inspected before they went */
const GONE_UNTIL: IsoDate = '2021-12-31';

function findings(random: Random, facility: SeedFacility): string {
  const own = sectorFindings[facility.sectorCode];
  const first = own && random.chance(0.5) ? random.pick(own) : random.pick(generalFindings);
  if (!random.chance(0.35)) return first;
  let second = random.pick(generalFindings);
  while (second === first) second = random.pick(generalFindings);
  return `${first}; ${second.charAt(0).toLowerCase()}${second.slice(1)}`;
}

/**
 * Post-approval inspections of the treatment works for most ĐTM decisions
 * and environmental permits: a first one around the start of operation (or
 * after the permit), sometimes a follow-up, always one when the first found
 * the works out of line with the dossier. Mostly compliant; standalone
 * workshops less often.
 */
export function buildPostApprovalInspections(
  ctx: EnvironmentContext,
  approvals: readonly SeedApproval[],
): SeedPostApprovalInspection[] {
  const random = new Random(deriveSeed(ctx.root, 'post-approval-inspections'));
  const inspections: SeedPostApprovalInspection[] = [];
  const ids = new IdSequence(ctx.root, 'post-approval-inspection');
  const record = (
    approvalId: string,
    inspectedOn: IsoDate,
    compliant: boolean,
    facility: SeedFacility,
  ) => {
    inspections.push({
      id: ids.next(),
      approvalId,
      inspectedOn,
      treatmentCompliant: compliant,
      findings: compliant ? null : findings(random, facility),
    });
  };

  for (const approval of approvals) {
    if (approval.kind !== 'EIA_REPORT' && approval.kind !== 'ENVIRONMENTAL_PERMIT') continue;
    const facility = ctx.facilityById.get(approval.facilityId);
    const start = facility?.startedOperationOn;
    if (!facility || !start || !random.chance(INSPECTED_SHARE)) continue;
    const gone = facility.status === 'CLOSED' || facility.status === 'RELOCATED';
    const end = gone ? GONE_UNTIL : LAST_RECORD_DAY;
    // the works of a ĐTM are checked when built, around the start; a permit's after it is granted
    let from =
      approval.kind === 'EIA_REPORT'
        ? laterDate(addDays(approval.issuedOn, 30), addDays(start, -60))
        : addDays(approval.issuedOn, 60);
    if (from < CHECKS_FROM) from = drawDate(random, CAMPAIGN_FROM, CAMPAIGN_UNTIL);
    const to = earlierDate(addYears(from, 2), earlierDate(approval.revokedOn ?? end, end));
    if (from > to) continue;
    const first = drawDate(random, from, to);
    const compliantShare = facility.setting === 'STANDALONE' ? 0.68 : 0.84;
    const firstCompliant = random.chance(compliantShare);
    record(approval.id, first, firstCompliant, facility);

    if (firstCompliant && !random.chance(0.35)) continue;
    const followFrom = addDays(first, firstCompliant ? 365 : 90);
    const followTo = earlierDate(addYears(first, 3), earlierDate(approval.revokedOn ?? end, end));
    if (followFrom > followTo) continue;
    record(
      approval.id,
      drawDate(random, followFrom, followTo),
      random.chance(firstCompliant ? compliantShare : 0.8),
      facility,
    );
  }
  return inspections;
}
