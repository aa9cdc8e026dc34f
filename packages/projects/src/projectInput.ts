import { isUuid } from '@ipc-hub/db';
import { bilingual, todayInHanoi } from '@ipc-hub/server-kit';
import { z } from 'zod';
import { projectConsistency } from './projectConsistency';

const text = (field: string, vi: string, max: number) =>
  z
    .string({ error: bilingual(`${vi} không được để trống`, `${field} cannot be null`) })
    .trim()
    .min(3, { message: bilingual(`${vi} quá ngắn`, `${field} is too short`) })
    .max(max, { message: bilingual(`${vi} quá dài`, `${field} is too long`) });

const notInFuture = (field: string, vi: string) =>
  z
    .string({ error: bilingual(`${vi} không được để trống`, `${field} cannot be null`) })
    .refine((d) => d <= todayInHanoi(), {
      message: bilingual(`${vi} ở tương lai`, `${field} is in the future`),
    });

/** Số giấy chứng nhận đăng ký đầu tư: a project's, or a zone tenant's. */
export const investmentCertificate = z
  .string()
  .trim()
  .min(3, {
    message: bilingual('Số giấy chứng nhận đầu tư quá ngắn', 'investmentCertificate is too short'),
  })
  .max(200, {
    message: bilingual('Số giấy chứng nhận đầu tư quá dài', 'investmentCertificate is too long'),
  });

const fields = {
  investor: text('investor', 'Tên nhà đầu tư', 300),
  name: text('name', 'Tên dự án', 300),
  sectorCode: z
    .string({ error: bilingual('Mã ngành không được để trống', 'sectorCode cannot be null') })
    .trim()
    .regex(/^\d{4}$/, {
      message: bilingual('Mã ngành VSIC gồm 4 chữ số', 'sectorCode is a 4-digit VSIC 2018 code'),
    }),
  registeredOn: notInFuture('registeredOn', 'Ngày đăng ký đầu tư'),
  capitalVnd: z.bigint().positive({
    message: bilingual('Vốn đầu tư phải lớn hơn 0', 'capitalVnd must be more than 0'),
  }),
  inLineWithPlanning: z.boolean({
    error: bilingual('Phù hợp quy hoạch không được để trống', 'inLineWithPlanning cannot be null'),
  }),
  planningNote: text('planningNote', 'Lý do', 1000),
  status: z.enum(['REGISTERED', 'UNDER_CONSTRUCTION', 'OPERATING', 'TERMINATED'], {
    error: bilingual('Tình trạng dự án không được để trống', 'status cannot be null'),
  }),
  facilityId: z.string().refine(isUuid, {
    message: bilingual('Mã cơ sở không hợp lệ', 'facilityId is not a facility id'),
  }),
  operatingSince: notInFuture('operatingSince', 'Ngày đi vào hoạt động'),
};

/** A new project's fields, beside the zone or cluster it is registered in. */
export const newProjectFields = {
  investor: fields.investor,
  name: fields.name,
  sectorCode: fields.sectorCode,
  registeredOn: fields.registeredOn,
  investmentCertificate: investmentCertificate.nullish(),
  capitalVnd: fields.capitalVnd.nullish(),
  inLineWithPlanning: fields.inLineWithPlanning,
  planningNote: fields.planningNote.nullish(),
  status: fields.status.nullish(),
  facilityId: fields.facilityId.nullish(),
  operatingSince: fields.operatingSince.nullish(),
};

type NewProject = z.infer<z.ZodObject<typeof newProjectFields>>;

/** A new project's facts checked together (`projectConsistency`), each issue on its own field. */
export function consistentNewProject(project: NewProject, ctx: z.RefinementCtx): void {
  const issues = projectConsistency({
    status: project.status ?? 'REGISTERED',
    facilityId: project.facilityId ?? null,
    operatingSince: project.operatingSince ?? null,
    registeredOn: project.registeredOn,
    inLineWithPlanning: project.inLineWithPlanning,
    planningNote: project.planningNote ?? null,
  });
  for (const issue of issues) {
    ctx.addIssue({
      code: 'custom',
      path: [issue.field],
      message: bilingual(issue.message.vi, issue.message.en),
    });
  }
}

/** A project's changes: left out, unchanged; null, cleared where the field may be empty. */
export const projectChangeFields = {
  id: z.string(),
  investor: fields.investor.optional(),
  name: fields.name.optional(),
  sectorCode: fields.sectorCode.optional(),
  registeredOn: fields.registeredOn.optional(),
  investmentCertificate: investmentCertificate.nullish(),
  capitalVnd: fields.capitalVnd.nullish(),
  inLineWithPlanning: fields.inLineWithPlanning.optional(),
  planningNote: fields.planningNote.nullish(),
  status: fields.status.optional(),
  facilityId: fields.facilityId.nullish(),
  operatingSince: fields.operatingSince.nullish(),
};

export const updateInvestmentProjectInput = z.object(projectChangeFields);
export type UpdateInvestmentProjectInput = z.infer<typeof updateInvestmentProjectInput>;
