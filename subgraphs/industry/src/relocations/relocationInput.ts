import { bilingual, pastDate, recordId, text } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { relocationReason, relocationStatus } from './schema';

const reason = z.enum(relocationReason.enumValues);

/** A zone of HIZA's or a cluster of DOIT's: exactly one. */
const destination = z
  .object({
    zoneId: recordId('zone').nullish(),
    clusterId: recordId('cluster').nullish(),
  })
  .refine((d) => (d.zoneId == null) !== (d.clusterId == null), {
    message: bilingual(
      'Nơi di dời đến là một khu công nghiệp hoặc một cụm công nghiệp (chỉ một)',
      'destination is exactly one of zoneId and clusterId',
    ),
  });

/** Whole đồng, from the Money scalar; the cap is far above any support the city grants. */
const supportGranted = z.bigint().max(1_000_000_000_000n, {
  message: bilingual('Kinh phí hỗ trợ quá lớn', 'supportGranted is implausibly large'),
});

export const openRelocationCaseInput = z.object({
  facilityId: recordId('facility'),
  reason,
  destination: destination.nullish(),
  deadline: z.string(),
  openedOn: pastDate('openedOn').nullish(),
  supportGranted: supportGranted.nullish(),
  note: text('note', 1, 2000).nullish(),
});

export const progressRelocationCaseInput = z.object({
  caseId: z.string(),
  status: z.enum(relocationStatus.enumValues),
  on: pastDate('on'),
  destination: destination.nullish(),
  supportGranted: supportGranted.nullish(),
  note: text('note', 1, 2000).nullish(),
});
