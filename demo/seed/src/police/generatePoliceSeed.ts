import { deriveSeed } from '../deriveSeed';
import { entityId } from '../entityId';
import { Random } from '../random';
import type { HanoiSeed } from '../types';
import { buildCaseFiles } from './buildCaseFiles';
import { buildInspections } from './buildInspections';
import { buildSanctions } from './buildSanctions';
import { closeViolations } from './closeViolations';
import type { PoliceSeed, SeedInspection, SeedPoliceViolation } from './types';

const DEFAULT_SEED = 75;

/**
 * The police's part of the Hanoi demo data, on top of the shared seed (left
 * as it is): five years of inspections — about 250 a year finding nothing,
 * more at high-risk sectors, and one for each day violations were detected —,
 * the violations linked to the inspections that found them (final ones
 * with the day they were closed), a sanction
 * decision for every sanctioned, remedied and prosecuted violation (fines in
 * the bands of Nghị định 45/2022/NĐ-CP, most paid) and a case file for every
 * prosecuted one. Deterministic: the same base and seed give the same data.
 */
export function generatePoliceSeed(base: HanoiSeed, options: { seed?: number } = {}): PoliceSeed {
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const stream = (label: string) => new Random(deriveSeed(seed, `police:${label}`));

  const inspectionOf = new Map<string, string>();
  const inspections: SeedInspection[] = buildInspections(stream('inspections'), base).map(
    ({ violationIds, ...draft }, index) => {
      const id = entityId(seed, 'police-inspection', index);
      for (const violationId of violationIds) inspectionOf.set(violationId, id);
      return { id, ...draft };
    },
  );

  const facilities = new Map(base.facilities.map((f) => [f.id, f]));
  const violations: SeedPoliceViolation[] = base.violations.map((violation) => ({
    ...violation,
    inspectionId: inspectionOf.get(violation.id) ?? null,
    dischargeM3PerDay:
      violation.category === 'WASTEWATER_EXCEEDANCE'
        ? (facilities.get(violation.facilityId)?.dischargeM3PerDay ?? null)
        : null,
    closedOn: null,
  }));

  const sanctions = buildSanctions(stream('sanctions'), violations, (index) =>
    entityId(seed, 'police-sanction', index),
  );
  const caseFiles = buildCaseFiles(stream('case-files'), violations, sanctions, (kind, index) =>
    entityId(seed, `police-${kind}`, index),
  );
  return {
    inspections,
    violations: closeViolations(stream('closing'), violations, sanctions),
    sanctions,
    caseFiles,
  };
}
