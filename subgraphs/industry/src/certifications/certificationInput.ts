import { bilingual, pastDate, recordId, text } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { certificationKind } from './schema';

/** The same day `years` later, as a string that compares with ISO dates (29 Feb stays a bound). */
function yearsLater(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

export const recordCertificationInput = z
  .object({
    facilityId: recordId('facility'),
    kind: z.enum(certificationKind.enumValues),
    number: text('number', 1, 100),
    issuer: text('issuer', 2, 300),
    issuedOn: pastDate('issuedOn'),
    validUntil: z.string().nullish(),
  })
  .superRefine((input, ctx) => {
    const issue = (vi: string, en: string) =>
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: bilingual(vi, en) });
    if (input.validUntil != null && input.validUntil <= input.issuedOn) {
      issue('Ngày hết hiệu lực không sau ngày cấp', 'validUntil is not after issuedOn');
    } else if (input.kind === 'ISO_14001') {
      // ISO/IEC 17021-1: a management-system certificate covers one three-year cycle.
      if (input.validUntil == null) {
        issue('Chứng chỉ ISO 14001 phải có thời hạn', 'an ISO 14001 certificate has an expiry');
      } else if (input.validUntil > yearsLater(input.issuedOn, 3)) {
        issue(
          'Chứng chỉ ISO 14001 có hiệu lực tối đa 3 năm',
          'an ISO 14001 certificate is valid for at most 3 years',
        );
      }
    }
  });
