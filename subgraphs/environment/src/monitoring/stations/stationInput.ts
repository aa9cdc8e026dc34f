import { bilingual, text } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { qcvnColumn, receivingWaterKind, stationKind } from '../schema';

const positive = (field: string) =>
  z.number().refine((n) => Number.isFinite(n) && n > 0, {
    message: bilingual(`${field} phải là số dương`, `${field} must be a positive number`),
  });

const receivingWater = z
  .object({
    kind: z.enum(receivingWaterKind.enumValues),
    name: text('receivingWater.name', 2, 200).nullish(),
    flowM3PerS: positive('flowM3PerS').nullish(),
    volumeM3: positive('volumeM3').nullish(),
  })
  .refine((w) => w.kind === 'RIVER' || w.flowM3PerS == null, {
    path: ['flowM3PerS'],
    message: bilingual('Chỉ sông, suối, kênh mới có lưu lượng', 'only a river has a flow'),
  })
  .refine((w) => w.kind === 'LAKE' || w.volumeM3 == null, {
    path: ['volumeM3'],
    message: bilingual('Chỉ hồ, ao mới có dung tích', 'only a lake has a volume'),
  });

export const registerMonitoringStationInput = z
  .object({
    /** `<FACILITY>_<STATION>` of the station's file names */
    code: z
      .string()
      .trim()
      .transform((s) => s.toUpperCase())
      .pipe(
        z.string().regex(/^[A-Z0-9]{2,40}_[A-Z0-9]{2,20}$/, {
          message: bilingual(
            'Mã trạm có dạng <CƠSỞ>_<TRẠM> bằng chữ và số không dấu, ví dụ SDBWWTP_NUOC01',
            'code is <FACILITY>_<STATION> in letters and digits, e.g. SDBWWTP_NUOC01',
          ),
        }),
      ),
    name: text('name', 3, 300),
    kind: z.enum(stationKind.enumValues),
    facilityId: z.string().nullish(),
    zoneId: z.string().nullish(),
    clusterId: z.string().nullish(),
    parameters: z
      .array(z.string().trim().toUpperCase())
      .min(1, { message: bilingual('Cần ít nhất một thông số', 'at least one parameter') })
      .max(60)
      .refine((codes) => new Set(codes).size === codes.length, {
        message: bilingual('Thông số bị lặp', 'a parameter is listed twice'),
      }),
    column: z.enum(qcvnColumn.enumValues).nullish(),
    receivingWater: receivingWater.nullish(),
    dischargeM3PerDay: positive('dischargeM3PerDay').nullish(),
    kq: positive('kq').nullish(),
    kf: positive('kf').nullish(),
    /** stack gas: QCVN 19:2009 Kp (by the stack's flow) and Kv (by the area), as the permit states them */
    kp: positive('kp').nullish(),
    kv: positive('kv').nullish(),
    /** the day it started measuring (the Date scalar has checked the calendar); default: today */
    operatingSince: z.string().nullish(),
  })
  .refine((s) => [s.facilityId, s.zoneId, s.clusterId].filter((id) => id != null).length === 1, {
    path: ['facilityId'],
    message: bilingual(
      'Trạm đặt tại đúng một nơi: cơ sở, hoặc trạm xử lý tập trung của một khu hoặc cụm',
      'give exactly one of facilityId, zoneId and clusterId',
    ),
  })
  .refine((s) => s.kind !== 'WASTEWATER' || s.column != null, {
    path: ['column'],
    message: bilingual(
      'Trạm nước thải cần cột A hoặc B của QCVN 40:2011',
      'a wastewater station needs its QCVN 40:2011 column, A or B',
    ),
  })
  .refine((s) => s.kind !== 'WASTEWATER' || s.kq != null || s.receivingWater != null, {
    path: ['receivingWater'],
    message: bilingual(
      'Cần nguồn tiếp nhận (để tính Kq) hoặc Kq',
      'give the receiving water (which fixes Kq) or kq itself',
    ),
  })
  .refine(
    (s) =>
      s.kind !== 'WASTEWATER' ||
      s.kf != null ||
      s.dischargeM3PerDay != null ||
      s.receivingWater?.kind === 'URBAN_SEWER',
    {
      path: ['dischargeM3PerDay'],
      message: bilingual(
        'Cần lưu lượng xả thải (để tính Kf) hoặc Kf',
        'give the discharge flow (which fixes Kf) or kf itself',
      ),
    },
  )
  // QCVN 40:2011 §2.3: into an urban sewer without a central plant, Cmax = C of column B
  .refine((s) => s.receivingWater?.kind !== 'URBAN_SEWER' || s.column === 'B', {
    path: ['column'],
    message: bilingual(
      'Xả vào hệ thống thoát nước đô thị áp dụng cột B',
      'a discharge into an urban sewer is judged by column B',
    ),
  })
  .refine(
    (s) =>
      s.kind !== 'STACK_GAS' ||
      (s.receivingWater == null && s.dischargeM3PerDay == null && s.kq == null && s.kf == null),
    {
      path: ['kind'],
      message: bilingual(
        'Trạm khí thải không có nguồn tiếp nhận nước, Kq, Kf',
        'a stack-gas station has no receiving water, discharge flow, kq or kf',
      ),
    },
  )
  .refine((s) => s.kind !== 'WASTEWATER' || (s.kp == null && s.kv == null), {
    path: ['kp'],
    message: bilingual(
      'Kp, Kv (QCVN 19:2009) chỉ dùng cho trạm khí thải',
      'kp and kv (QCVN 19:2009) are for a stack-gas station only',
    ),
  });

export type RegisterMonitoringStationInput = z.infer<typeof registerMonitoringStationInput>;
