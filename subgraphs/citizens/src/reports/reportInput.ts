import { bilingual, recordId, text } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { reportKind } from './schema';

/** Optional text: absent, null or blank is no value. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullish());

/**
 * A citizen's report (docs/citizens-reports.md): bounded text, one subject —
 * a complaint names a facility or a commune, a data error one record — and
 * a contact that is optional and well formed. Characters that hide text
 * (controls, bidirectional overrides) are refused before this, by the input
 * hygiene every service applies.
 */
export const submitReportInput = z
  .object({
    kind: z.enum(reportKind.enumValues),
    description: text('description', 10, 4_000, 'Nội dung phản ánh:'),
    facilityId: optional(recordId('cơ sở')),
    adminUnitCode: optional(
      z.string().regex(/^\d{2,5}$/, {
        message: bilingual('Mã đơn vị hành chính không hợp lệ', 'not an administrative unit code'),
      }),
    ),
    recordRef: optional(text('recordRef', 3, 200, 'Bản ghi:')),
    contactName: optional(text('contactName', 1, 100, 'Họ tên:')),
    contactPhone: optional(
      z
        .string()
        .trim()
        .regex(/^\+?[0-9][0-9 .-]{6,18}[0-9]$/, {
          message: bilingual('Số điện thoại không hợp lệ', 'not a phone number'),
        }),
    ),
    contactEmail: optional(
      z.email({ message: bilingual('Thư điện tử không hợp lệ', 'not an e-mail address') }).max(254),
    ),
  })
  .superRefine((input, ctx) => {
    if (input.kind === 'DATA_ERROR') {
      if (!input.recordRef) {
        ctx.addIssue({
          code: 'custom',
          path: ['recordRef'],
          message: bilingual(
            'Báo sai sót dữ liệu phải nêu bản ghi (Loại:mã)',
            'a data error names its record (Type:id)',
          ),
        });
      }
      for (const field of ['facilityId', 'adminUnitCode'] as const) {
        if (input[field]) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: bilingual(
              'Báo sai sót dữ liệu chỉ nêu một bản ghi',
              'a data error names its record only (recordRef)',
            ),
          });
        }
      }
      return;
    }
    if (input.recordRef) {
      ctx.addIssue({
        code: 'custom',
        path: ['recordRef'],
        message: bilingual(
          'Phản ánh ô nhiễm nêu cơ sở hoặc xã, phường, không nêu bản ghi',
          'a pollution complaint names a facility or a commune, not a record',
        ),
      });
    }
    if (!input.facilityId === !input.adminUnitCode) {
      ctx.addIssue({
        code: 'custom',
        path: [input.facilityId ? 'adminUnitCode' : 'facilityId'],
        message: bilingual(
          'Phản ánh ô nhiễm nêu đúng một nơi: một cơ sở hoặc một xã, phường',
          'a pollution complaint names exactly one place: a facility or a commune',
        ),
      });
    }
  });

export const assignReportInput = z.object({
  id: z.string(),
  handler: text('handler', 2, 200, 'Người xử lý:'),
});

export const answerReportInput = (today: string) =>
  z.object({
    id: z.string(),
    answer: text('answer', 10, 4_000, 'Nội dung trả lời:'),
    steps: z
      .array(
        z.object({
          description: text('description', 3, 500, 'Bước xử lý:'),
          dueOn: z.string().refine((d) => d >= today, {
            message: bilingual('Hạn của bước xử lý đã qua', 'dueOn is in the past'),
          }),
        }),
      )
      .max(20, { message: bilingual('Tối đa 20 bước', 'at most 20 steps') })
      .nullish()
      .transform((steps) => steps ?? []),
  });

export const correctionInput = z.object({
  id: z.string(),
  summary: text('summary', 10, 1_000, 'Nội dung đính chính:'),
});

export const closeReportInput = z.object({
  id: z.string(),
  note: text('note', 1, 1_000, 'Ghi chú:').nullish(),
});

export const rejectReportInput = z.object({
  id: z.string(),
  reason: text('reason', 10, 1_000, 'Lý do:'),
});
