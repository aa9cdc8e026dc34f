import { bilingual, pastDate, text } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { personInput } from '../input/personInput';

const evidence = (field: string) =>
  z
    .array(text(field, 3, 1000, 'Chứng cứ'))
    .max(200, { message: bilingual('Quá nhiều chứng cứ một lần', `too many ${field} at once`) })
    .nullish();

const suspects = (field: string) =>
  z
    .array(personInput)
    .max(50, { message: bilingual('Quá nhiều người một lần', `too many ${field} at once`) })
    .nullish();

const notes = text('investigatorNotes', 1, 10_000, 'Ghi chú').nullish();
const criminalCaseRef = text('criminalCaseRef', 3, 500, 'Số vụ án').nullish();

export const openCaseFileInput = z.object({
  violationId: z.string(),
  openedOn: pastDate('openedOn', 'Ngày lập hồ sơ'),
  evidence: evidence('evidence'),
  investigatorNotes: notes,
  suspects: suspects('suspects'),
  criminalCaseRef,
});

export const updateCaseFileInput = z
  .object({
    caseFileId: z.string(),
    addEvidence: evidence('addEvidence'),
    addSuspects: suspects('addSuspects'),
    investigatorNotes: notes,
    criminalCaseRef,
  })
  .refine(
    (input) =>
      (input.addEvidence?.length ?? 0) > 0 ||
      (input.addSuspects?.length ?? 0) > 0 ||
      input.investigatorNotes != null ||
      input.criminalCaseRef != null,
    {
      message: bilingual('Không có gì để cập nhật', 'nothing to update: give at least one change'),
    },
  );
