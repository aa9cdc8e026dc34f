import { bilingual, effectiveOn } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { zoneKind as zoneKindColumn, zoneStatus as zoneStatusColumn } from './schema';

const zoneCode = z
  .string({ error: bilingual('Mã khu không được để trống', 'code cannot be null') })
  .trim()
  .regex(/^[A-Z0-9]{2,32}$/, {
    message: bilingual(
      'Mã khu gồm 2–32 chữ in hoa không dấu hoặc chữ số (ví dụ THANGLONG)',
      'code is 2–32 upper-case letters or digits (e.g. THANGLONG)',
    ),
  });

const zoneName = z
  .string({ error: bilingual('Tên khu không được để trống', 'name cannot be null') })
  .trim()
  .min(2, { message: bilingual('Tên khu quá ngắn', 'name is too short') })
  .max(200, { message: bilingual('Tên khu quá dài', 'name is too long') });

const zoneKind = z.enum(zoneKindColumn.enumValues, {
  error: bilingual('Loại khu không được để trống', 'kind cannot be null'),
});

const zoneStatus = z.enum(zoneStatusColumn.enumValues, {
  error: bilingual('Tình trạng khu không được để trống', 'status cannot be null'),
});

const adminUnitCode = z
  .string({
    error: bilingual('Mã đơn vị hành chính không được để trống', 'adminUnitCode cannot be null'),
  })
  .trim()
  .min(1, { message: bilingual('Thiếu mã đơn vị hành chính', 'adminUnitCode is empty') });

/** The largest zone of Vietnam is a few thousand hectares; more is a unit slip (m² for ha). */
const areaHa = z
  .number()
  .positive({ message: bilingual('Diện tích phải lớn hơn 0', 'areaHa must be more than 0') })
  .max(20_000, {
    message: bilingual('Diện tích quá lớn (đơn vị là ha)', 'areaHa is too large (hectares)'),
  });

const developer = z
  .string()
  .trim()
  .min(2, { message: bilingual('Tên chủ đầu tư quá ngắn', 'developer is too short') })
  .max(300, { message: bilingual('Tên chủ đầu tư quá dài', 'developer is too long') });

const occupancyPercent = z
  .number()
  .min(0, {
    message: bilingual('Tỷ lệ lấp đầy từ 0 đến 100', 'occupancyPercent is between 0 and 100'),
  })
  .max(100, {
    message: bilingual('Tỷ lệ lấp đầy từ 0 đến 100', 'occupancyPercent is between 0 and 100'),
  });

/** The contract (docs/contract.md) fixes the first six fields; developer and occupancy are the Board's additions. */
export const createZoneInput = z.object({
  code: zoneCode,
  name: zoneName,
  kind: zoneKind,
  adminUnitCode,
  areaHa: areaHa.nullish(),
  status: zoneStatus.nullish(),
  developer: developer.nullish(),
  occupancyPercent: occupancyPercent.nullish(),
  effectiveOn: effectiveOn(),
});

/** Left out: unchanged; null: cleared, where the field may be empty. */
export const updateZoneInput = z.object({
  id: z.string(),
  code: zoneCode.optional(),
  name: zoneName.optional(),
  kind: zoneKind.optional(),
  adminUnitCode: adminUnitCode.optional(),
  areaHa: areaHa.nullish(),
  status: zoneStatus.optional(),
  developer: developer.nullish(),
  occupancyPercent: occupancyPercent.nullish(),
  effectiveOn: effectiveOn(),
});

export type CreateZoneInput = z.infer<typeof createZoneInput>;
export type UpdateZoneInput = z.infer<typeof updateZoneInput>;
