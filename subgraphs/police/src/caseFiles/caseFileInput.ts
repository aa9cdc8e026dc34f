import { bilingual } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { boundedText } from '../input/boundedText';
import { pastDate } from '../input/pastDate';
import { personInput } from '../input/personInput';

const evidence = (field: string) =>
  z
    .array(boundedText(field, 'Chứng cứ', 3, 1000))
    .max(200, { message: bilingual('Quá nhiều chứng cứ một lần', `too many ${field} at once`) })
    .nullish();

const suspects = (field: string) =>
  z
    .array(personInput)
    .max(50, { message: bilingual('Quá nhiều người một lần', `too many ${field} at once`) })
    .nullish();

const notes = boundedText('investigatorNotes', 'Ghi chú', 1, 10_000).nullish();
const criminalCaseRef = boundedText('criminalCaseRef', 'Số vụ án', 3, 500).nullish();

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
