import { bilingual, pastDate, text } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { INSPECTING_AGENCIES as AGENCIES } from './inspectingAgencies';
import { inspectionKind, inspectionOutcome } from './schema';

export const recordInspectionInput = z
  .object({
    facilityId: z.string(),
    conductedOn: pastDate('conductedOn', 'Ngày kiểm tra'),
    kind: z.enum(inspectionKind.enumValues),
    leadAgency: z.enum(AGENCIES).nullish(),
    jointAgencies: z.array(z.enum(AGENCIES)).nullish(),
    findings: text('findings', 1, 5000, 'Kết quả kiểm tra').nullish(),
    outcome: z.enum(inspectionOutcome.enumValues),
  })
  .transform((input) => ({
    ...input,
    leadAgency: input.leadAgency ?? 'POLICE',
    jointAgencies: input.jointAgencies ?? [],
  }))
  .superRefine((input, ctx) => {
    const joint = input.jointAgencies;
    const issue = (path: string, vi: string, en: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message: bilingual(vi, en) });
    if (input.kind === 'JOINT' && joint.length === 0) {
      issue(
        'jointAgencies',
        'Kiểm tra liên ngành phải có cơ quan phối hợp',
        'a JOINT inspection names its jointAgencies',
      );
    } else if (input.kind !== 'JOINT' && joint.length > 0) {
      issue(
        'jointAgencies',
        'Chỉ kiểm tra liên ngành (JOINT) mới có cơ quan phối hợp',
        'only a JOINT inspection has jointAgencies',
      );
    } else if (joint.includes(input.leadAgency)) {
      issue(
        'jointAgencies',
        'Cơ quan chủ trì không đồng thời là cơ quan phối hợp',
        'jointAgencies must not repeat the leadAgency',
      );
    } else if (new Set(joint).size !== joint.length) {
      issue('jointAgencies', 'Cơ quan phối hợp bị lặp', 'jointAgencies lists an agency twice');
    } else if (input.leadAgency !== 'POLICE' && !joint.includes('POLICE')) {
      // the police record the inspections they led or took part in; the others record their own
      issue(
        'leadAgency',
        'Công an chỉ ghi nhận cuộc kiểm tra mình chủ trì hoặc tham gia: thêm POLICE vào cơ quan phối hợp',
        'the police record only inspections they led or joined: add POLICE to jointAgencies',
      );
    }
  });
