import { allRows } from '@ipc-hub/access';
import { constraintViolation, type Database } from '@ipc-hub/db';
import { badUserInput, conflict, notFound } from '@ipc-hub/errors';
import { parseInput } from '@ipc-hub/server-kit';
import type * as schema from '../db/schema';
import type { PersonInput } from '../input/personInput';
import { ViolationRepository } from '../violations/ViolationRepository';
import { type CaseFileRecord, CaseFileRepository } from './CaseFileRepository';
import { openCaseFileInput, updateCaseFileInput } from './caseFileInput';
import { SuspectRepository } from './SuspectRepository';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
const WRITES = allRows(
  "CaseFileManager writes: its mutation's writer rule and its own record checks decide",
);

/** A suspect was born before the file about them was opened. */
function checkBirthDates(people: PersonInput[], openedOn: string, field: string): void {
  people.forEach((person, index) => {
    if (person.dateOfBirth && person.dateOfBirth >= openedOn) {
      throw badUserInput(`${field}.${index}.dateOfBirth`, {
        vi: `Ngày sinh không trước ngày lập hồ sơ (${openedOn})`,
        en: `dateOfBirth is not before the case file was opened (${openedOn})`,
      });
    }
  });
}

/**
 * Hồ sơ vụ việc: one per violation with signs of a crime. Case data is read
 * by the police only (docs/access.md); the access rules enforce it, this stores it.
 */
export class CaseFileManager {
  constructor(private readonly db: Database<typeof schema>) {}

  async open(raw: unknown): Promise<CaseFileRecord> {
    const input = parseInput(openCaseFileInput, raw);
    const people = input.suspects ?? [];
    checkBirthDates(people, input.openedOn, 'input.suspects');
    try {
      return await this.db.transaction(async (tx) => {
        const violation = await new ViolationRepository(tx, WRITES).findForUpdate(
          input.violationId,
        );
        if (!violation) throw notFound('violation', input.violationId, 'input.violationId');
        if (violation.status === 'DISMISSED') {
          throw conflict(
            {
              vi: 'Vi phạm đã được kết luận không xử lý',
              en: 'the violation was DISMISSED: there is no case to file',
            },
            'input.violationId',
          );
        }
        if (input.openedOn < violation.detectedOn) {
          throw badUserInput('input.openedOn', {
            vi: `Ngày lập hồ sơ trước ngày phát hiện vi phạm (${violation.detectedOn})`,
            en: `openedOn is before the violation was detected (${violation.detectedOn})`,
          });
        }
        const caseFiles = new CaseFileRepository(tx, WRITES);
        const [existing] = await caseFiles.ofViolations([violation.id]);
        if (existing) throw duplicateCaseFile();
        const caseFile = await caseFiles.insert({
          violationId: violation.id,
          openedOn: input.openedOn,
          evidence: input.evidence ?? [],
          investigatorNotes: input.investigatorNotes ?? null,
          criminalCaseRef: input.criminalCaseRef ?? null,
        });
        await new SuspectRepository(tx, WRITES).append(caseFile.id, people);
        return caseFile;
      });
    } catch (error) {
      if (constraintViolation(error)?.constraint === 'case_files_violation_id_key') {
        throw duplicateCaseFile();
      }
      throw error;
    }
  }

  async update(raw: unknown): Promise<CaseFileRecord> {
    const input = parseInput(updateCaseFileInput, raw);
    return this.db.transaction(async (tx) => {
      const caseFiles = new CaseFileRepository(tx, WRITES);
      const caseFile = await caseFiles.findForUpdate(input.caseFileId);
      if (!caseFile) throw notFound('case file', input.caseFileId, 'input.caseFileId');
      const people = input.addSuspects ?? [];
      checkBirthDates(people, caseFile.openedOn, 'input.addSuspects');
      await new SuspectRepository(tx, WRITES).append(caseFile.id, people);
      return caseFiles.update(caseFile.id, {
        addEvidence: input.addEvidence ?? [],
        investigatorNotes: input.investigatorNotes ?? undefined,
        criminalCaseRef: input.criminalCaseRef ?? undefined,
      });
    });
  }
}

function duplicateCaseFile() {
  return conflict(
    { vi: 'Vi phạm đã có hồ sơ vụ việc', en: 'the violation already has a case file' },
    'input.violationId',
  );
}
