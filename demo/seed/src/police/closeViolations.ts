import type { Random } from '../random';
import { daysAfter } from './daysAfter';
import type { SeedPoliceViolation, SeedSanction } from './types';

/**
 * The day each final violation was closed: a remedy some weeks to months
 * after the sanction decision, a prosecution within weeks of it, a
 * dismissal within weeks of detection. Never after the demo's today.
 */
export function closeViolations(
  random: Random,
  violations: readonly SeedPoliceViolation[],
  sanctions: readonly SeedSanction[],
): SeedPoliceViolation[] {
  const decidedOn = new Map(sanctions.map((s) => [s.violationId, s.decidedOn]));
  return violations.map((violation) => {
    const decision = decidedOn.get(violation.id) ?? violation.detectedOn;
    switch (violation.status) {
      case 'REMEDIED':
        return { ...violation, closedOn: daysAfter(decision, random.int(20, 180)) };
      case 'PROSECUTED':
        return { ...violation, closedOn: daysAfter(decision, random.int(7, 60)) };
      case 'DISMISSED':
        return { ...violation, closedOn: daysAfter(violation.detectedOn, random.int(5, 45)) };
      default:
        return { ...violation, closedOn: null };
    }
  });
}
