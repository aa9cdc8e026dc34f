import { isValidTaxCode } from '@ipc-hub/seed';
import { bilingual, effectiveOn, pastDate, text } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { facilitySetting, facilityStatus as facilityStatusColumn } from './schema';

/** Mã số doanh nghiệp: 10 digits, or 10 + "-" + 3 for a branch, with a valid check digit. */
export const taxCode = z.string().refine(isValidTaxCode, {
  message: bilingual(
    'Mã số thuế phải gồm 10 chữ số (hoặc 10 chữ số, dấu "-" và 3 chữ số cho chi nhánh) với chữ số kiểm tra hợp lệ',
    'taxCode must be 10 digits, or 10 digits + "-" + 3 for a branch, with a valid check digit',
  ),
});

const name = text('name', 3, 300);
const address = text('address', 5, 500);
const startedOperationOn = pastDate('startedOperationOn').nullish();

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
  status: z.enum(facilityStatusColumn.enumValues).nullish(),
  startedOperationOn,
  location,
  /** left out, the start of operation, else today */
  effectiveOn: pastDate('effectiveOn', 'Ngày hiệu lực:').nullish(),
});

export type RegisterFacilityInput = z.infer<typeof registerFacilityInput>;

const facilityStatus = z.enum(facilityStatusColumn.enumValues);

/** Only the fields given change; a field given as null is cleared where it may be. */
export const updateFacilityInput = z.object({
  id: z.string(),
  name: name.nullish(),
  address: address.nullish(),
  adminUnitCode: z.string().trim().min(1).nullish(),
  sectorCode: registerFacilityInput.shape.sectorCode.nullish(),
  startedOperationOn,
  location,
  setting: z.enum(facilitySetting.enumValues).nullish(),
  dischargeM3PerDay: z
    .number()
    .min(0, { message: bilingual('Lưu lượng xả thải âm', 'dischargeM3PerDay is negative') })
    .max(1_000_000, {
      message: bilingual('Lưu lượng xả thải quá lớn', 'dischargeM3PerDay is implausibly large'),
    })
    .nullish(),
  effectiveOn: effectiveOn(),
});

export const changeFacilityStatusInput = z.object({
  facilityId: z.string(),
  status: facilityStatus,
  effectiveOn: effectiveOn(),
});

export const setLegalRepresentativeInput = z.object({
  facilityId: z.string(),
  fullName: text('fullName', 2, 200),
  idNumber: z
    .string()
    .trim()
    .regex(/^(\d{12}|[A-Z0-9]{6,12})$/, {
      message: bilingual(
        'Số CCCD gồm 12 chữ số (hoặc số hộ chiếu)',
        'idNumber is a 12-digit citizen identity number, or a passport number',
      ),
    })
    .nullish(),
  dateOfBirth: pastDate('dateOfBirth').nullish(),
  phone: z
    .string()
    .trim()
    .regex(/^(\+84|0)\d{9,10}$/, {
      message: bilingual('Số điện thoại không hợp lệ', 'phone is not a Vietnamese phone number'),
    })
    .nullish(),
});
