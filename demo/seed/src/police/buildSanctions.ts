import type { Random } from '../random';
import {
  analysisCosts,
  authorities,
  otherPenalties,
  remedialMeasures,
} from './data/sanctionMeasures';
import { daysAfter } from './daysAfter';
import { drawFine } from './drawFine';
import type { SeedPoliceViolation, SeedSanction } from './types';

const SANCTIONED = new Set(['SANCTIONED', 'REMEDIED', 'PROSECUTED']);
/** Remedied violations were nearly all paid up; open ones less often. */
const paidShare = { SANCTIONED: 0.7, REMEDIED: 0.95, PROSECUTED: 0.75 } as Record<string, number>;

function authorityFor(fine: bigint | null, suspensionMonths: number | null): string {
  if ((fine ?? 0n) > 1_000_000_000n) return authorities.chairman;
  if (suspensionMonths !== null || (fine ?? 0n) > 100_000_000n) return authorities.director;
  return authorities.department;
}

type Draft = Omit<SeedSanction, 'id' | 'decisionNumber'>;

function draftSanction(random: Random, violation: SeedPoliceViolation): Draft {
  const factor = violation.exceedanceFactor ?? 0;
  const discharge =
    violation.category === 'WASTEWATER_EXCEEDANCE' || violation.category === 'EMISSION_EXCEEDANCE';
  const fineVnd = drawFine(random, violation);
  const suspended =
    (discharge && (factor >= 10 || (factor >= 5 && random.chance(0.6)))) ||
    (violation.category === 'HAZARDOUS_WASTE' && random.chance(0.1));
  // "typically 3–6 months" for the higher multiples (reference: Nghị định 45/2022/NĐ-CP)
  const suspensionMonths = suspended ? random.int(3, 6) : null;
  const penalties: string[] = [];
  if (violation.category === 'HAZARDOUS_WASTE' && random.chance(0.2)) {
    penalties.push(otherPenalties.confiscation);
  }
  if (discharge && factor >= 5 && random.chance(0.3)) penalties.push(otherPenalties.licence);
  const measures = remedialMeasures[violation.category].slice(0, random.int(1, 2));
  if (discharge && factor >= 1.5) measures.push(analysisCosts);
  const decidedOn = daysAfter(violation.detectedOn, random.int(7, 45));
  const paid = fineVnd !== null && random.chance(paidShare[violation.status] ?? 0);
  return {
    violationId: violation.id,
    decidedOn,
    decidingAuthority: authorityFor(fineVnd, suspensionMonths),
    fineVnd,
    suspensionMonths,
    otherPenalties: penalties,
    remedialMeasures: measures,
    paidOn: paid ? daysAfter(decidedOn, random.int(3, 30)) : null,
  };
}

/**
 * A decision for every sanctioned, remedied and prosecuted violation, dated
 * after its detection and paid (mostly) after the decision. Authorities
 * number their decisions afresh every year: "12/QĐ-XPHC".
 */
export function buildSanctions(
  random: Random,
  violations: readonly SeedPoliceViolation[],
  idOf: (index: number) => string,
): SeedSanction[] {
  const drafts = violations
    .filter((v) => SANCTIONED.has(v.status))
    .map((v) => draftSanction(random, v))
    .sort((a, b) =>
      a.decidedOn < b.decidedOn
        ? -1
        : a.decidedOn > b.decidedOn
          ? 1
          : a.violationId < b.violationId
            ? -1
            : 1,
    );
  const counters = new Map<string, number>();
  return drafts.map((draft, index) => {
    const key = `${draft.decidingAuthority}|${draft.decidedOn.slice(0, 4)}`;
    const number = (counters.get(key) ?? 0) + 1;
    counters.set(key, number);
    return { id: idOf(index), decisionNumber: `${number}/QĐ-XPHC`, ...draft };
  });
}
