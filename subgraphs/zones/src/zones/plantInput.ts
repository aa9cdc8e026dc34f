import { bilingual, effectiveOn, todayInHanoi } from '@ipc-hub/server-kit';
import { z } from 'zod';

const notInFuture = (what: string) =>
  z.string().refine((d) => d <= todayInHanoi(), {
    message: bilingual(`Ngày ${what} ở tương lai`, `${what} is in the future`),
  });

/**
 * The contract's input (docs/contract.md), plus the commissioning date. A plant's facts must fit
 * its status: a zone without a plant has no capacity or monitoring, and only
 * a plant in operation is commissioned or can meet QCVN 40:2011.
 */
export const setZoneWastewaterPlantInput = z
  .object({
    zoneId: z.string(),
    status: z.enum(['NONE', 'UNDER_CONSTRUCTION', 'OPERATING']),
    capacityM3PerDay: z
      .number()
      .positive({
        message: bilingual('Công suất phải lớn hơn 0', 'capacityM3PerDay must be more than 0'),
      })
      .max(500_000, {
        message: bilingual('Công suất quá lớn (đơn vị m³/ngày)', 'capacityM3PerDay is too large'),
      })
      .nullish(),
    compliant: z.boolean(),
    autoMonitoring: z.boolean(),
    commissionedOn: notInFuture('commissionedOn').nullish(),
    effectiveOn: effectiveOn(),
  })
  .superRefine((plant, ctx) => {
    if (plant.status === 'NONE' && plant.capacityM3PerDay != null) {
      ctx.addIssue({
        code: 'custom',
        path: ['capacityM3PerDay'],
        message: bilingual(
          'Khu chưa có trạm xử lý (NONE) thì không có công suất',
          'a zone without a plant (status NONE) has no capacity',
        ),
      });
    }
    if (plant.status === 'NONE' && plant.autoMonitoring) {
      ctx.addIssue({
        code: 'custom',
        path: ['autoMonitoring'],
        message: bilingual(
          'Khu chưa có trạm xử lý (NONE) thì không có quan trắc tự động',
          'a zone without a plant (status NONE) has no automatic monitoring',
        ),
      });
    }
    if (plant.status !== 'OPERATING' && plant.compliant) {
      ctx.addIssue({
        code: 'custom',
        path: ['compliant'],
        message: bilingual(
          'Chỉ trạm đang vận hành mới được đánh giá đạt quy chuẩn',
          'only an operating plant can be compliant',
        ),
      });
    }
    if (plant.status !== 'OPERATING' && plant.commissionedOn != null) {
      ctx.addIssue({
        code: 'custom',
        path: ['commissionedOn'],
        message: bilingual(
          'Chỉ trạm đang vận hành mới có ngày đưa vào vận hành',
          'only an operating plant has a commissioning date',
        ),
      });
    }
  });

export const setZoneWastewaterPlantDeadlineInput = z
  .object({
    zoneId: z.string(),
    dueBy: z.string(),
    decision: z
      .string()
      .trim()
      .min(3, { message: bilingual('Thiếu văn bản đặt thời hạn', 'decision is too short') })
      .max(500, { message: bilingual('Tên văn bản quá dài', 'decision is too long') }),
    setOn: notInFuture('setOn').nullish(),
  })
  .superRefine((deadline, ctx) => {
    if (deadline.setOn != null && deadline.setOn > deadline.dueBy) {
      ctx.addIssue({
        code: 'custom',
        path: ['setOn'],
        message: bilingual(
          'Ngày ban hành văn bản sau thời hạn mà văn bản đặt ra',
          'setOn is after dueBy: a decision cannot set a deadline already past',
        ),
      });
    }
  });

export type SetZoneWastewaterPlantInput = z.infer<typeof setZoneWastewaterPlantInput>;
export type SetZoneWastewaterPlantDeadlineInput = z.infer<
  typeof setZoneWastewaterPlantDeadlineInput
>;
