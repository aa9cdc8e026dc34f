import { HUB_EVENT_TYPES } from '@ipc-hub/events';
import { bilingual } from '@ipc-hub/server-kit';
import { z } from 'zod';

export const createWatchInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, bilingual('Tên không được để trống', 'name must not be empty'))
      .max(200, bilingual('Tên tối đa 200 ký tự', 'name is at most 200 characters')),
    events: z
      .array(z.enum(HUB_EVENT_TYPES))
      .min(1, bilingual('Chọn ít nhất một loại sự kiện', 'name at least one event type'))
      .transform((events) => [...new Set(events)]),
    adminUnitCodes: z
      .array(
        z
          .string()
          .regex(
            /^\d{2,5}$/,
            bilingual('Mã đơn vị hành chính không hợp lệ', 'not an administrative unit code'),
          ),
      )
      .max(100, bilingual('Tối đa 100 đơn vị', 'at most 100 units'))
      .nullish(),
    facilityIds: z
      .array(z.uuid(bilingual('Mã cơ sở không hợp lệ', 'not a facility id')))
      .max(500, bilingual('Tối đa 500 cơ sở', 'at most 500 facilities'))
      .nullish(),
    webhookUrl: z
      .string()
      .max(2000, bilingual('Địa chỉ tối đa 2000 ký tự', 'webhookUrl is at most 2000 characters'))
      .nullish(),
    webhookSecret: z
      .string()
      .min(32, bilingual('Khoá bí mật ít nhất 32 ký tự', 'webhookSecret is at least 32 characters'))
      .max(
        256,
        bilingual('Khoá bí mật tối đa 256 ký tự', 'webhookSecret is at most 256 characters'),
      )
      .nullish(),
  })
  .superRefine((input, context) => {
    if (input.webhookUrl && !input.webhookSecret) {
      context.addIssue({
        code: 'custom',
        path: ['webhookSecret'],
        message: bilingual(
          'Webhook cần khoá bí mật để ký',
          'a webhook needs a secret to sign with',
        ),
      });
    }
    if (!input.webhookUrl && input.webhookSecret) {
      context.addIssue({
        code: 'custom',
        path: ['webhookUrl'],
        message: bilingual('Khoá bí mật không có webhook', 'webhookSecret without a webhookUrl'),
      });
    }
  });
