import type { ViolationStatus } from './ViolationRepository';

/**
 * Where a violation may go from each status: a detected one is sanctioned,
 * prosecuted or dismissed; a sanctioned one is remedied or, when the offence
 * turns out to be a crime, prosecuted (Luật Xử lý vi phạm hành chính, Điều
 * 62: a case with signs of a crime goes to the criminal procedure). The
 * other three are final.
 */
export const violationTransitions: Readonly<Record<ViolationStatus, readonly ViolationStatus[]>> = {
  DETECTED: ['SANCTIONED', 'PROSECUTED', 'DISMISSED'],
  SANCTIONED: ['REMEDIED', 'PROSECUTED'],
  REMEDIED: [],
  PROSECUTED: [],
  DISMISSED: [],
};

/** The statuses under which a violation may be published (docs/access.md, and the table's check). */
export const PUBLISHABLE_STATUSES: ReadonlySet<ViolationStatus> = new Set([
  'SANCTIONED',
  'REMEDIED',
  'PROSECUTED',
]);
