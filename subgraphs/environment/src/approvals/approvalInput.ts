import { bilingual, pastDate, text } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { approvalKind as approvalKindEnum } from './schema';

// the database's own list: one place says which kinds there are
const approvalKind = z.enum(approvalKindEnum.enumValues);

export const recordApprovalInput = z
  .object({
    facilityId: z.string().nullish(),
    projectId: z.string().nullish(),
    clusterProjectId: z.string().nullish(),
    kind: approvalKind,
    /** "2156/QĐ-STNMT", "45/GPMT-UBND" */
    decisionNumber: z
      .string()
      .trim()
      .regex(/^\d{1,6}\/[\p{L}\d.-]+(-[\p{L}\d.]+)*$/u, {
        message: bilingual(
          'Số quyết định có dạng số/ký hiệu, ví dụ 2156/QĐ-STNMT',
          'decisionNumber is number/symbol, e.g. 2156/QĐ-STNMT',
        ),
      }),
    issuingAuthority: text('issuingAuthority', 3, 200),
    issuedOn: pastDate('issuedOn'),
    validUntil: z.string().nullish(),
  })
  .refine(
    (input) =>
      [input.facilityId, input.projectId, input.clusterProjectId].filter((id) => id != null)
        .length === 1,
    {
      path: ['facilityId'],
      message: bilingual(
        'Ghi đúng một trong ba: cơ sở (facilityId), dự án trong khu (projectId) hoặc dự án trong cụm (clusterProjectId)',
        'give exactly one of facilityId, projectId (a project in a zone) and clusterProjectId (a project in a cluster)',
      ),
    },
  )
  .refine((input) => !input.validUntil || input.validUntil >= input.issuedOn, {
    path: ['validUntil'],
    message: bilingual('Ngày hết hạn trước ngày cấp', 'validUntil is before issuedOn'),
  })
  // Luật BVMT 2020, Điều 40: an environmental permit runs at most 10 years.
  .refine(
    (input) =>
      input.kind !== 'ENVIRONMENTAL_PERMIT' ||
      (input.validUntil != null && input.validUntil <= tenYearsAfter(input.issuedOn)),
    {
      path: ['validUntil'],
      message: bilingual(
        'Giấy phép môi trường có thời hạn tối đa 10 năm',
        'an environmental permit must say its validUntil, at most 10 years after issuedOn',
      ),
    },
  );

function tenYearsAfter(date: string): string {
  return `${Number(date.slice(0, 4)) + 10}${date.slice(4)}`;
}

export const revokeApprovalInput = z.object({
  approvalId: z.string(),
  revokedOn: pastDate('revokedOn'),
});

export const recordPostApprovalInspectionInput = z.object({
  approvalId: z.string(),
  inspectedOn: pastDate('inspectedOn'),
  treatmentCompliant: z.boolean(),
  findings: text('findings', 1, 4000).nullish(),
});
