import { allRows } from '@ipc-hub/access';
import { constraintViolation, type Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import { recordEvent } from '@ipc-hub/events';
import type { Identity } from '@ipc-hub/identity';
import { fineBandFor } from '@ipc-hub/seed/police';
import { parseInput } from '@ipc-hub/server-kit';
import { outsideCommunes, requireWithinCap, sanctioningAuthority } from '../authorities/competence';
import type * as schema from '../db/schema';
import { ViolationRepository } from '../violations/ViolationRepository';
import { sanctionIssued } from '../violations/violationEvents';
import { formatDong } from './formatDong';
import { type SanctionRecord, SanctionRepository } from './SanctionRepository';
import { issueSanctionInput, recordFinePaymentInput } from './sanctionInput';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
const WRITES = allRows(
  "SanctionManager writes: its mutation's writer rule and its own record checks decide",
);

/**
 * Quyết định xử phạt: issuing one moves its violation from DETECTED to
 * SANCTIONED in the same transaction, so a violation's status and its
 * sanction never disagree.
 */
export class SanctionManager {
  constructor(
    private readonly db: Database<typeof schema>,
    /** the caller: its competence caps the fine (docs/units.md) */
    private readonly identity: Identity,
  ) {}

  async issue(raw: unknown): Promise<SanctionRecord> {
    const input = parseInput(issueSanctionInput, raw);
    try {
      return await this.db.transaction(async (tx) => {
        const violations = new ViolationRepository(tx, WRITES);
        const sanctions = new SanctionRepository(tx, WRITES);
        const violation = await violations.findForUpdate(input.violationId);
        if (!violation) {
          // an area officer cannot tell a violation elsewhere from one nobody holds
          if (this.identity.role === 'AREA') throw outsideCommunes(this.identity);
          throw notFound('violation', input.violationId, 'input.violationId');
        }
        const sanctionedBy = sanctioningAuthority(
          this.identity,
          violation.adminUnitCode,
          input.decidedOn,
        );
        if (violation.status !== 'DETECTED') {
          throw conflict(
            {
              vi: `Chỉ ra quyết định xử phạt cho vi phạm mới phát hiện (vi phạm này: ${violation.status})`,
              en: `a sanction is issued only for a DETECTED violation; this one is ${violation.status}`,
            },
            'input.violationId',
          );
        }
        if (input.decidedOn < violation.detectedOn) {
          throw badUserInput('input.decidedOn', {
            vi: `Ngày ra quyết định trước ngày phát hiện vi phạm (${violation.detectedOn})`,
            en: `decidedOn is before the violation was detected (${violation.detectedOn})`,
          });
        }
        const fine = input.fineVnd ?? null;
        requireWithinCap(sanctionedBy, input.decidedOn, fine);
        const band = fineBandFor(violation);
        if (fine !== null && band.kind === 'WARNING_ONLY') {
          throw badUserInput('input.fineVnd', {
            vi: `Không phạt tiền: ${band.basis.vi}`,
            en: `no fine may be imposed: ${band.basis.en}`,
          });
        }
        if (fine !== null && band.kind === 'FINE' && (fine < band.min || fine > band.max)) {
          throw badUserInput('input.fineVnd', {
            vi: `Số tiền phạt ngoài khung từ ${formatDong(band.min)} đến ${formatDong(band.max)} (${band.basis.vi})`,
            en: `fineVnd is outside ${band.min}–${band.max} VND (${band.basis.en})`,
          });
        }
        if (
          await sanctions.decisionNumberTaken(
            input.decidingAuthority,
            input.decisionNumber,
            input.decidedOn,
          )
        ) {
          throw duplicateDecision();
        }
        const sanction = await sanctions.insert({
          violationId: violation.id,
          decisionNumber: input.decisionNumber,
          decidedOn: input.decidedOn,
          decidingAuthority: input.decidingAuthority,
          fineVnd: fine,
          suspensionMonths: input.suspensionMonths ?? null,
          otherPenalties: input.otherPenalties ?? [],
          remedialMeasures: input.remedialMeasures ?? [],
          sanctionedBy: sanctionedBy.kind,
          sanctionedByUnitCode: sanctionedBy.unitCode,
        });
        // a sanctioned violation is still open: it closes when remedied or prosecuted
        await violations.changeStatus(violation.id, 'DETECTED', 'SANCTIONED', null);
        await recordEvent(tx, sanctionIssued(violation, sanction));
        return sanction;
      });
    } catch (error) {
      // two decisions racing past the checks above meet at the unique indexes
      const constraint = constraintViolation(error)?.constraint;
      if (constraint === 'sanctions_decision_key') throw duplicateDecision();
      if (constraint === 'sanctions_violation_id_key') {
        throw conflict(
          { vi: 'Vi phạm đã có quyết định xử phạt', en: 'the violation already has a sanction' },
          'input.violationId',
        );
      }
      throw error;
    }
  }

  /** Nộp phạt: once, on or after the decision, for a decision that has a fine. */
  async recordPayment(raw: unknown): Promise<SanctionRecord> {
    const input = parseInput(recordFinePaymentInput, raw);
    return this.db.transaction(async (tx) => {
      const sanctions = new SanctionRepository(tx, WRITES);
      const sanction = await sanctions.findForUpdate(input.sanctionId);
      if (!sanction) throw notFound('sanction', input.sanctionId, 'input.sanctionId');
      if (sanction.fineVnd === null) {
        throw conflict(
          {
            vi: 'Quyết định chỉ cảnh cáo, không có tiền phạt để nộp',
            en: 'the sanction is a warning: there is no fine to pay',
          },
          'input.sanctionId',
        );
      }
      if (sanction.paidOn !== null) {
        throw conflict(
          {
            vi: `Tiền phạt đã được nộp ngày ${sanction.paidOn}`,
            en: `the fine was already paid on ${sanction.paidOn}`,
          },
          'input.sanctionId',
        );
      }
      if (input.paidOn < sanction.decidedOn) {
        throw badUserInput('input.paidOn', {
          vi: `Ngày nộp phạt trước ngày ra quyết định (${sanction.decidedOn})`,
          en: `paidOn is before the sanction was decided (${sanction.decidedOn})`,
        });
      }
      return sanctions.recordPayment(sanction.id, input.paidOn);
    });
  }
}

function duplicateDecision() {
  return conflict(
    {
      vi: 'Người có thẩm quyền này đã ra quyết định cùng số trong năm',
      en: 'this authority already issued a decision with this number in that year',
    },
    'input.decisionNumber',
  );
}
