import { bilingual, pastDate, text } from '@ipc-hub/server-kit';
import { z } from 'zod';

export const listSeriousPolluterInput = z
  .object({
    facilityId: z.string(),
    /** "QĐ 64/2003/QĐ-TTg", "QĐ 5426/QĐ-UBND" */
    decision: text('decision', 3, 200),
    listedOn: pastDate('listedOn'),
    reason: text('reason', 3, 4000).nullish(),
    deadline: z.string().nullish(),
    published: z.boolean().nullish(),
  })
  .refine((input) => !input.deadline || input.deadline >= input.listedOn, {
    path: ['deadline'],
    message: bilingual(
      'Thời hạn xử lý trước ngày đưa vào danh sách',
      'deadline is before listedOn',
    ),
  });

export const resolveSeriousPolluterInput = z.object({
  listingId: z.string(),
  resolution: z.enum(['THOROUGHLY_TREATED', 'RELOCATED', 'CLOSED'], {
    message: bilingual(
      'Kết quả xử lý: THOROUGHLY_TREATED, RELOCATED hoặc CLOSED',
      'resolution is THOROUGHLY_TREATED, RELOCATED or CLOSED',
    ),
  }),
  resolvedOn: pastDate('resolvedOn'),
});

export const publishSeriousPolluterListingInput = z.object({ listingId: z.string() });
