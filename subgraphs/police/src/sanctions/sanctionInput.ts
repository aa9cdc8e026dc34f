import { MAX_FINE_VND } from '@ipc-hub/seed/police';
import { bilingual, pastDate, text } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { formatDong } from './formatDong';

/** Số quyết định: a number, "/QĐ-" and the issuer's abbreviation, e.g. 125/QĐ-XPHC. */
const DECISION_NUMBER = /^\d{1,6}\/Q[ĐD]-[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/u;

const measures = (field: string, vi: string) =>
  z
    .array(text(field, 3, 500, vi))
    .max(20, { message: bilingual(`Quá nhiều ${vi.toLowerCase()}`, `too many ${field}`) })
    .nullish();

export const issueSanctionInput = z.object({
  violationId: z.string(),
  decisionNumber: z
    .string()
    .trim()
    .regex(DECISION_NUMBER, {
      message: bilingual(
        'Số quyết định có dạng 125/QĐ-XPHC',
        'decisionNumber looks like 125/QĐ-XPHC',
      ),
    }),
  decidedOn: pastDate('decidedOn', 'Ngày ra quyết định'),
  decidingAuthority: text('decidingAuthority', 5, 300, 'Người có thẩm quyền xử phạt'),
  fineVnd: z
    .bigint()
    .positive({
      message: bilingual(
        'Số tiền phạt phải lớn hơn 0 (bỏ trống nếu chỉ cảnh cáo)',
        'fineVnd must be above 0 (omit it for a warning)',
      ),
    })
    .max(MAX_FINE_VND, {
      message: bilingual(
        `Số tiền phạt vượt mức tối đa ${formatDong(MAX_FINE_VND)} (Nghị định 45/2022/NĐ-CP)`,
        `fineVnd exceeds the maximum of ${MAX_FINE_VND} VND (Nghị định 45/2022/NĐ-CP)`,
      ),
    })
    .nullish(),
  // Luật Xử lý vi phạm hành chính 2012, Điều 25: suspension lasts 1 to 24 months
  suspensionMonths: z
    .number()
    .int()
    .min(1, {
      message: bilingual('Thời hạn đình chỉ từ 1 đến 24 tháng', 'suspensionMonths is 1 to 24'),
    })
    .max(24, {
      message: bilingual('Thời hạn đình chỉ từ 1 đến 24 tháng', 'suspensionMonths is 1 to 24'),
    })
    .nullish(),
  otherPenalties: measures('otherPenalties', 'Hình thức xử phạt bổ sung'),
  remedialMeasures: measures('remedialMeasures', 'Biện pháp khắc phục hậu quả'),
});

export const recordFinePaymentInput = z.object({
  sanctionId: z.string(),
  paidOn: pastDate('paidOn', 'Ngày nộp phạt'),
});
