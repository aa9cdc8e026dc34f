import type { NewHubEvent } from '@ipc-hub/events';
import type { ViolationRecord } from './ViolationRepository';

/** Where a violation sits, as every event about it says it. */
function subjectOf(violation: ViolationRecord) {
  return { facilityId: violation.facilityId, adminUnitCode: violation.adminUnitCode };
}

/** Lập biên bản: a violation recorded. */
export function violationRecorded(violation: ViolationRecord): NewHubEvent {
  return {
    type: 'VIOLATION_RECORDED',
    ...subjectOf(violation),
    summary: `Violation recorded (${violation.category}), detected ${violation.detectedOn}, unit ${violation.adminUnitCode}`,
    summaryVi: `Lập biên bản vi phạm (${violation.category}), phát hiện ngày ${violation.detectedOn}, đơn vị ${violation.adminUnitCode}`,
  };
}

/** Công khai: a violation published (its withdrawal from publication is no event). */
export function violationPublished(violation: ViolationRecord): NewHubEvent {
  return {
    type: 'VIOLATION_PUBLISHED',
    ...subjectOf(violation),
    summary: `Violation published (${violation.category}), detected ${violation.detectedOn}`,
    summaryVi: `Công khai vi phạm (${violation.category}), phát hiện ngày ${violation.detectedOn}`,
  };
}

/** Quyết định xử phạt: a sanction issued for a violation. */
export function sanctionIssued(
  violation: ViolationRecord,
  sanction: { decisionNumber: string; decidedOn: string },
): NewHubEvent {
  return {
    type: 'SANCTION_ISSUED',
    ...subjectOf(violation),
    summary: `Sanction decision ${sanction.decisionNumber} issued on ${sanction.decidedOn} for a ${violation.category} violation`,
    summaryVi: `Quyết định xử phạt ${sanction.decisionNumber} ngày ${sanction.decidedOn} cho vi phạm ${violation.category}`,
  };
}
