import { generateHanoiSeed } from '@ipc-hub/seed';
import { fineBandFor, generatePoliceSeed } from '@ipc-hub/seed/police';
import { describe, expect, it } from 'vitest';

const base = generateHanoiSeed();
const police = generatePoliceSeed(base);
const violationById = new Map(police.violations.map((v) => [v.id, v]));
const SANCTIONED = new Set(['SANCTIONED', 'REMEDIED', 'PROSECUTED']);

describe('the police seed', () => {
  it('is the same every time and leaves the shared violations as they are', () => {
    const again = generatePoliceSeed(generateHanoiSeed());
    expect(again).toEqual(police);
    expect(
      police.violations.map(({ inspectionId: _, dischargeM3PerDay: __, closedOn: ___, ...v }) => v),
    ).toEqual(base.violations);
    expect(generateHanoiSeed().violations).toEqual(base.violations);
  });

  it('closes exactly the final violations, never before they were detected nor after the demo', () => {
    for (const v of police.violations) {
      const final = ['REMEDIED', 'PROSECUTED', 'DISMISSED'].includes(v.status);
      expect(v.closedOn !== null).toBe(final);
      if (v.closedOn === null) continue;
      expect(v.closedOn >= v.detectedOn).toBe(true);
      expect(v.closedOn <= '2026-10-31').toBe(true);
    }
    const sanctionOf = new Map(police.sanctions.map((s) => [s.violationId, s.decidedOn]));
    for (const v of police.violations.filter((v) => v.status === 'REMEDIED')) {
      expect(v.closedOn && v.closedOn >= (sanctionOf.get(v.id) ?? '')).toBe(true);
    }
  });

  it('holds five years of inspections, a few hundred a year, some finding nothing', () => {
    const perYear = new Map<string, number>();
    for (const i of police.inspections) {
      perYear.set(i.conductedOn.slice(0, 4), (perYear.get(i.conductedOn.slice(0, 4)) ?? 0) + 1);
    }
    for (const year of ['2022', '2023', '2024', '2025']) {
      expect(perYear.get(year)).toBeGreaterThanOrEqual(200);
      expect(perYear.get(year)).toBeLessThanOrEqual(400);
    }
    expect([...perYear.keys()].sort()).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    const outcomes = new Set(police.inspections.map((i) => i.outcome));
    expect(outcomes).toEqual(new Set(['NO_VIOLATION', 'VIOLATIONS_FOUND']));
    expect(new Set(police.inspections.map((i) => i.kind)).size).toBe(4);
  });

  it('inspects facilities of high-risk sectors more often than the others', () => {
    const highRisk = new Set(base.sectors.filter((s) => s.highRisk).map((s) => s.code));
    const facilities = new Map(base.facilities.map((f) => [f.id, f]));
    const isHighRisk = (facilityId: string) =>
      highRisk.has(facilities.get(facilityId)?.sectorCode ?? '');
    const rate = (high: boolean) =>
      police.inspections.filter((i) => isHighRisk(i.facilityId) === high).length /
      base.facilities.filter((f) => highRisk.has(f.sectorCode) === high).length;
    expect(rate(true)).toBeGreaterThan(1.5 * rate(false));
  });

  it('links each violation of those years to an inspection of its facility on its day, whose outcome says so', () => {
    const inspections = new Map(police.inspections.map((i) => [i.id, i]));
    const first = police.inspections[0]?.conductedOn ?? '';
    const found = new Set<string>();
    for (const violation of police.violations) {
      if (violation.detectedOn < first) {
        expect(violation.inspectionId).toBeNull();
        continue;
      }
      const inspection = inspections.get(violation.inspectionId ?? '');
      expect(inspection).toMatchObject({
        facilityId: violation.facilityId,
        conductedOn: violation.detectedOn,
        outcome: 'VIOLATIONS_FOUND',
      });
      found.add(violation.inspectionId ?? '');
    }
    for (const inspection of police.inspections) {
      expect(inspection.outcome === 'VIOLATIONS_FOUND').toBe(found.has(inspection.id));
    }
  });

  it('forms joint teams only for joint inspections, always with the police in them', () => {
    for (const i of police.inspections) {
      expect(i.jointAgencies.length > 0).toBe(i.kind === 'JOINT');
      expect(i.jointAgencies).not.toContain(i.leadAgency);
      expect(i.leadAgency === 'POLICE' || i.jointAgencies.includes('POLICE')).toBe(true);
    }
  });

  it('has one sanction for every sanctioned, remedied and prosecuted violation, and none for the others', () => {
    const sanctioned = police.violations.filter((v) => SANCTIONED.has(v.status)).map((v) => v.id);
    expect(police.sanctions.map((s) => s.violationId).sort()).toEqual(sanctioned.sort());
  });

  it('dates decisions after detection and payments after decisions, and fines within the decree', () => {
    let paid = 0;
    for (const sanction of police.sanctions) {
      const violation = violationById.get(sanction.violationId);
      if (!violation) throw new Error(`sanction ${sanction.id} of no violation`);
      expect(sanction.decidedOn >= violation.detectedOn).toBe(true);
      expect(sanction.decidedOn <= '2026-10-31').toBe(true);
      if (sanction.paidOn) {
        paid++;
        expect(sanction.fineVnd).not.toBeNull();
        expect(sanction.paidOn >= sanction.decidedOn).toBe(true);
      }
      const band = fineBandFor(violation);
      if (band.kind === 'WARNING_ONLY') expect(sanction.fineVnd).toBeNull();
      else if (sanction.fineVnd !== null) {
        expect(sanction.fineVnd >= band.min && sanction.fineVnd <= band.max).toBe(true);
      }
    }
    expect(paid / police.sanctions.length).toBeGreaterThan(0.6);
    expect(police.sanctions.some((s) => (s.fineVnd ?? 0n) > 1_000_000_000n)).toBe(true);
  });

  it('numbers decisions once per authority and year', () => {
    const keys = police.sanctions.map(
      (s) => `${s.decidingAuthority}|${s.decisionNumber}|${s.decidedOn.slice(0, 4)}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('opens a case file with suspects for every prosecuted violation', () => {
    const prosecuted = police.violations.filter((v) => v.status === 'PROSECUTED');
    expect(prosecuted.length).toBeGreaterThan(0);
    expect(police.caseFiles.map((c) => c.violationId).sort()).toEqual(
      prosecuted.map((v) => v.id).sort(),
    );
    for (const caseFile of police.caseFiles) {
      const violation = violationById.get(caseFile.violationId);
      expect(caseFile.openedOn >= (violation?.detectedOn ?? '')).toBe(true);
      expect(caseFile.evidence.length).toBeGreaterThan(1);
      expect(caseFile.criminalCaseRef).toMatch(/khởi tố vụ án/);
      expect(caseFile.suspects.length).toBeGreaterThan(0);
      for (const suspect of caseFile.suspects) {
        expect(suspect.idNumber).toMatch(/^\d{12}$/);
        expect(suspect.idNumber.slice(4, 6)).toBe(suspect.dateOfBirth.slice(2, 4));
        expect(suspect.phone).toMatch(/^0[35789]\d{8}$/);
      }
    }
  });

  it('publishes only sanctioned, remedied or prosecuted violations', () => {
    for (const v of police.violations.filter((v) => v.published)) {
      expect(SANCTIONED.has(v.status)).toBe(true);
    }
  });
});
