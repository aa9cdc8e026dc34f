import { isValidTaxCode } from '@ipc-hub/seed';
import { bilingual } from '@ipc-hub/server-kit';
import { z } from 'zod';

const today = () => new Date().toISOString().slice(0, 10);

/** Mã số doanh nghiệp: 10 digits, or 10 + "-" + 3 for a branch, with a valid check digit. */
export const taxCode = z.string().refine(isValidTaxCode, {
  message: bilingual(
    'Mã số thuế phải gồm 10 chữ số (hoặc 10 chữ số, dấu "-" và 3 chữ số cho chi nhánh) với chữ số kiểm tra hợp lệ',
    'taxCode must be 10 digits, or 10 digits + "-" + 3 for a branch, with a valid check digit',
  ),
});

const name = z
  .string()
  .trim()
  .min(3, { message: bilingual('Tên cơ sở quá ngắn', 'name is too short') })
  .max(300, { message: bilingual('Tên cơ sở quá dài', 'name is too long') });

const address = z
  .string()
  .trim()
  .min(5, { message: bilingual('Địa chỉ quá ngắn', 'address is too short') })
  .max(500, { message: bilingual('Địa chỉ quá dài', 'address is too long') });

const startedOperationOn = z
  .string()
  .refine((d) => d <= today(), {
    message: bilingual('Ngày bắt đầu hoạt động ở tương lai', 'startedOperationOn is in the future'),
  })
  .nullish();

/** Hanoi and its surroundings: a point outside is a swapped or mistyped coordinate. */
const location = z
  .object({
    latitude: z
      .number()
      .min(20.4, { message: bilingual('Vĩ độ ngoài Hà Nội', 'latitude is outside Hanoi') })
      .max(21.5, {
        message: bilingual('Vĩ độ ngoài Hà Nội', 'latitude is outside Hanoi'),
      }),
    longitude: z
      .number()
      .min(105.2, { message: bilingual('Kinh độ ngoài Hà Nội', 'longitude is outside Hanoi') })
      .max(106.1, {
        message: bilingual('Kinh độ ngoài Hà Nội', 'longitude is outside Hanoi'),
      }),
  })
  .nullish();

export const registerFacilityInput = z.object({
  name,
  taxCode,
  address,
  adminUnitCode: z.string().trim().min(1),
  sectorCode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, {
      message: bilingual('Mã ngành VSIC gồm 4 chữ số', 'sectorCode is a 4-digit VSIC 2018 code'),
    }),
  status: z.enum(['OPERATING', 'SUSPENDED', 'CLOSED', 'RELOCATED', 'UNDER_CONSTRUCTION']).nullish(),
  startedOperationOn,
  location,
});

export type RegisterFacilityInput = z.infer<typeof registerFacilityInput>;
