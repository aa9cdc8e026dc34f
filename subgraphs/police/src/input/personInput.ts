import { bilingual, pastDate, text } from '@ipc-hub/server-kit';
import { z } from 'zod';

/**
 * A natural person (suspect): name required, the rest when known. Số định
 * danh cá nhân (CCCD) has 12 digits, the older CMND 9; a foreigner (the
 * director of a foreign-invested tenant) gives a passport number. Mobile
 * numbers have 10 digits since the 2018 renumbering, written 0… or +84….
 */
export const personInput = z.object({
  fullName: text('fullName', 2, 100, 'Họ tên'),
  idNumber: z
    .string()
    .trim()
    .regex(/^(\d{9}|\d{12}|[A-Z]{1,2}\d{6,9})$/, {
      message: bilingual(
        'Số CCCD gồm 12 chữ số (CMND: 9 chữ số; hộ chiếu: chữ cái và chữ số)',
        'idNumber is a 12-digit citizen id, a 9-digit old id card or a passport number',
      ),
    })
    .nullish(),
  dateOfBirth: pastDate('dateOfBirth', 'Ngày sinh')
    .refine((date) => date >= '1900-01-01', {
      message: bilingual('Ngày sinh trước năm 1900', 'dateOfBirth is before 1900'),
    })
    .nullish(),
  phone: z
    .string()
    .trim()
    .regex(/^(0|\+84)[35789]\d{8}$/, {
      message: bilingual(
        'Số điện thoại di động gồm 10 chữ số (0…) hoặc +84…',
        'phone is a 10-digit Vietnamese mobile number (0… or +84…)',
      ),
    })
    .nullish(),
});

export type PersonInput = z.infer<typeof personInput>;
