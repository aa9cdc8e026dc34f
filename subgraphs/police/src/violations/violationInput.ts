import { bilingual, pastDate, text } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { offenderKind, violationCategory, violationStatus } from './schema';

// the database's own lists: one place says which categories and statuses there are
const CATEGORIES = violationCategory.enumValues;

const STATUSES = violationStatus.enumValues;

/** Findings measured against a discharge limit (QCVN 40:2011 for water, QCVN 19:2009 for air). */
const DISCHARGE_CATEGORIES: ReadonlySet<string> = new Set([
  'WASTEWATER_EXCEEDANCE',
  'EMISSION_EXCEEDANCE',
]);

export const recordViolationInput = z
  .object({
    facilityId: z.string(),
    detectedOn: pastDate('detectedOn', 'Ngày phát hiện'),
    category: z.enum(CATEGORIES),
    legalBasis: text('legalBasis', 5, 300, 'Căn cứ pháp lý'),
    description: text('description', 1, 2000, 'Mô tả').nullish(),
    exceedanceFactor: z
      .number()
      .gt(1, {
        message: bilingual(
          'Số lần vượt quy chuẩn phải lớn hơn 1',
          'exceedanceFactor must be above 1 (the limit itself is no exceedance)',
        ),
      })
      .max(10_000, {
        message: bilingual('Số lần vượt quy chuẩn quá lớn', 'exceedanceFactor is implausibly high'),
      })
      .nullish(),
    parameter: text('parameter', 1, 30, 'Thông số').nullish(),
    dischargeM3PerDay: z
      .number()
      .positive({
        message: bilingual('Lưu lượng xả phải lớn hơn 0', 'dischargeM3PerDay must be above 0'),
      })
      .nullish(),
    inspectionId: z.string().nullish(),
    offenderKind: z.enum(offenderKind.enumValues).nullish(),
    repeatOffence: z.boolean().nullish(),
  })
  .superRefine((input, ctx) => {
    const discharge = DISCHARGE_CATEGORIES.has(input.category);
    if (!discharge && input.exceedanceFactor != null) {
      ctx.addIssue({
        code: 'custom',
        path: ['exceedanceFactor'],
        message: bilingual(
          'Chỉ vi phạm xả thải vượt quy chuẩn mới có số lần vượt',
          'exceedanceFactor is only for WASTEWATER_EXCEEDANCE and EMISSION_EXCEEDANCE',
        ),
      });
    }
    if (!discharge && input.parameter != null) {
      ctx.addIssue({
        code: 'custom',
        path: ['parameter'],
        message: bilingual(
          'Chỉ vi phạm xả thải vượt quy chuẩn mới có thông số vượt',
          'parameter is only for WASTEWATER_EXCEEDANCE and EMISSION_EXCEEDANCE',
        ),
      });
    }
    if (input.category !== 'WASTEWATER_EXCEEDANCE' && input.dischargeM3PerDay != null) {
      ctx.addIssue({
        code: 'custom',
        path: ['dischargeM3PerDay'],
        message: bilingual(
          'Lưu lượng xả chỉ ghi cho vi phạm xả nước thải',
          'dischargeM3PerDay is only for WASTEWATER_EXCEEDANCE',
        ),
      });
    }
  });

export type RecordViolationInput = z.infer<typeof recordViolationInput>;

export const changeViolationStatusInput = z.object({
  violationId: z.string(),
  status: z.enum(STATUSES),
  /** the day it happened; today when absent */
  on: pastDate('on', 'Ngày chuyển trạng thái').nullish(),
});

export const publishViolationInput = z.object({
  violationId: z.string(),
  published: z.boolean().nullish(),
});
