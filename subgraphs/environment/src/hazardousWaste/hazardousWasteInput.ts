import { bilingual, pastDate, text } from '@ipc-hub/server-kit';
import { z } from 'zod';

const kg = (field: string) =>
  z
    .number()
    .min(0, { message: bilingual(`${field}: khối lượng âm`, `${field} is negative`) })
    .max(1e9, {
      message: bilingual(`${field}: khối lượng quá lớn`, `${field} is implausibly large`),
    });

export const registerHazardousWasteSourceInput = z.object({
  facilityId: z.string(),
  /** mã số QLCTNH: province code, sequence, T for a source owner (chủ nguồn thải) */
  code: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{6}\.T$/, {
      message: bilingual(
        'Mã số QLCTNH có dạng 01.001234.T',
        'code is a registration code like 01.001234.T',
      ),
    }),
  issuedOn: pastDate('issuedOn'),
  streams: z
    .array(
      z.object({
        /** mã CTNH, Thông tư 02/2022/TT-BTNMT: three pairs of digits */
        wasteCode: z
          .string()
          .trim()
          .regex(/^\d{2} \d{2} \d{2}$/, {
            message: bilingual(
              'Mã CTNH có dạng 16 01 06',
              'wasteCode is a hazardous-waste code like 16 01 06',
            ),
          }),
        name: text('name', 3, 300),
        expectedKgPerYear: kg('expectedKgPerYear'),
      }),
    )
    .min(1, {
      message: bilingual(
        'Cần ít nhất một loại CTNH',
        'streams must list at least one waste stream',
      ),
    }),
});

/**
 * A year's report, due after the year ends (Thông tư 02/2022/TT-BTNMT: by
 * 31 January of the next year), so the current year cannot be reported yet.
 */
export const submitHazardousWasteReportInput = z
  .object({
    registrationId: z.string(),
    period: z
      .string()
      .regex(/^\d{4}$/, {
        message: bilingual('Kỳ báo cáo là một năm, ví dụ 2025', 'period is a year, e.g. 2025'),
      })
      .refine((year) => Number(year) < new Date().getUTCFullYear(), {
        message: bilingual('Năm báo cáo chưa kết thúc', 'period has not ended yet'),
      }),
    generatedKg: kg('generatedKg'),
    treatedKg: kg('treatedKg'),
    licensedUnit: text('licensedUnit', 3, 300).nullish(),
  })
  .refine((input) => input.treatedKg <= input.generatedKg, {
    path: ['treatedKg'],
    message: bilingual(
      'Khối lượng xử lý vượt khối lượng phát sinh',
      'treatedKg exceeds generatedKg',
    ),
  })
  .refine((input) => input.treatedKg === 0 || input.licensedUnit, {
    path: ['licensedUnit'],
    message: bilingual(
      'Phải ghi đơn vị có giấy phép đã nhận xử lý',
      'licensedUnit must name the licensed unit that took the waste',
    ),
  });
