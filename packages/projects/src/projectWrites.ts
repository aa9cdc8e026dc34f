import { constraintViolation } from '@ipc-hub/db';
import { badUserInput, conflict } from '@ipc-hub/errors';
import { certificateConstraint } from './columns';
import { type ProjectFacts, projectConsistency } from './projectConsistency';
import type { UpdateInvestmentProjectInput } from './projectInput';

type Changes = Omit<UpdateInvestmentProjectInput, 'id'>;

/**
 * A project's changes as they are written: a project found in line with the
 * planning after all keeps no reason for being out of line; the project as
 * the changes leave it must still hold together (a refusal names the field).
 */
export function checkedProjectChanges<C extends Changes>(current: ProjectFacts, changes: C): C {
  const update = { ...changes };
  if (changes.inLineWithPlanning === true && changes.planningNote === undefined) {
    update.planningNote = null;
  }
  const [issue] = projectConsistency({ ...current, ...stripUndefined(update) });
  if (issue) throw badUserInput(`input.${issue.field}`, issue.message);
  return update;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}

/** A write that may meet another project's investment certificate: a conflict on that field. */
export async function withUniqueCertificate<T>(table: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (constraintViolation(error)?.constraint === certificateConstraint(table)) {
      throw conflict(
        {
          vi: 'Số giấy chứng nhận đăng ký đầu tư đã được ghi cho dự án khác',
          en: 'this investmentCertificate is already recorded for another project',
        },
        'input.investmentCertificate',
      );
    }
    throw error;
  }
}
