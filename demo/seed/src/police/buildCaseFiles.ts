import type { Random } from '../random';
import { evidenceItems, investigatorNotes } from './data/caseEvidence';
import { daysAfter } from './daysAfter';
import { drawSuspect } from './drawSuspect';
import type { SeedCaseFile, SeedPoliceViolation, SeedSanction } from './types';

/** Bộ luật Hình sự 2015 took effect on 1 January 2018, replacing the code of 1999. */
const PENAL_CODE_2015 = '2018-01-01';

function dayMonthYear(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** The offence: tội gây ô nhiễm môi trường, as the penal code in force named it. */
function offence(on: string): string {
  return on >= PENAL_CODE_2015
    ? 'tội gây ô nhiễm môi trường (Điều 235 Bộ luật Hình sự 2015)'
    : 'tội gây ô nhiễm môi trường (Điều 182 Bộ luật Hình sự 1999)';
}

/**
 * A case file for every prosecuted violation: opened after the sanction
 * decision (the offender went on), with the inspection's records, the
 * analyses when samples were taken, one or two suspects (the legal
 * representative, sometimes the operator) and the prosecution decision.
 */
export function buildCaseFiles(
  random: Random,
  violations: readonly SeedPoliceViolation[],
  sanctions: readonly SeedSanction[],
  idOf: (kind: 'case-file' | 'suspect', index: number) => string,
): SeedCaseFile[] {
  const decided = new Map(sanctions.map((s) => [s.violationId, s.decidedOn]));
  let suspectIndex = 0;
  return violations
    .filter((v) => v.status === 'PROSECUTED')
    .map((violation, index) => {
      const openedOn = daysAfter(
        decided.get(violation.id) ?? violation.detectedOn,
        random.int(5, 60),
      );
      const prosecutedOn = daysAfter(openedOn, random.int(10, 40));
      const evidence = [
        `${evidenceItems.always[0]} ngày ${dayMonthYear(violation.detectedOn)}`,
        evidenceItems.always[1],
        ...(violation.exceedanceFactor === null ? [] : evidenceItems.sampled),
        ...random.shuffle(evidenceItems.any).slice(0, random.int(1, 3)),
      ];
      const suspects = Array.from({ length: random.int(1, 2) }, () =>
        drawSuspect(random, idOf('suspect', suspectIndex++)),
      );
      return {
        id: idOf('case-file', index),
        violationId: violation.id,
        openedOn,
        evidence,
        investigatorNotes: random.pick(investigatorNotes),
        criminalCaseRef: `Quyết định khởi tố vụ án hình sự số ${random.int(1, 240)}/QĐ-CSĐT ngày ${dayMonthYear(prosecutedOn)}, ${offence(prosecutedOn)}`,
        suspects,
      };
    });
}
