import type { LocalizedMessage } from '@ipc-hub/errors';

export type InvestmentProjectStatus =
  | 'REGISTERED'
  | 'UNDER_CONSTRUCTION'
  | 'OPERATING'
  | 'TERMINATED';

export interface ProjectFacts {
  status: InvestmentProjectStatus;
  facilityId: string | null;
  operatingSince: string | null;
  registeredOn: string;
  inLineWithPlanning: boolean;
  planningNote: string | null;
}

export interface ProjectIssue {
  /** the input field at fault */
  field: keyof ProjectFacts;
  message: LocalizedMessage;
}

/**
 * The rules a project's facts must keep together, checked on a new project
 * and on a project as an update would leave it: a project has a facility
 * once it operates (and keeps it when terminated), never before; it starts
 * operating after it is registered; and a project found out of line with the
 * planning says why (target 3.7 of the plan lists the reason).
 */
export function projectConsistency(project: ProjectFacts): ProjectIssue[] {
  const issues: ProjectIssue[] = [];
  const operated = project.status === 'OPERATING' || project.status === 'TERMINATED';
  if (project.status === 'OPERATING' && !project.facilityId) {
    issues.push({
      field: 'facilityId',
      message: {
        vi: 'Dự án đang hoạt động phải gắn với cơ sở sản xuất',
        en: 'an OPERATING project names the facility that runs it',
      },
    });
  }
  if (project.status === 'OPERATING' && !project.operatingSince) {
    issues.push({
      field: 'operatingSince',
      message: {
        vi: 'Dự án đang hoạt động phải có ngày đi vào hoạt động',
        en: 'an OPERATING project has the day it started operating',
      },
    });
  }
  if (!operated && project.facilityId) {
    issues.push({
      field: 'facilityId',
      message: {
        vi: 'Dự án chưa đi vào hoạt động thì chưa có cơ sở sản xuất',
        en: `a ${project.status} project has no facility yet`,
      },
    });
  }
  if (!operated && project.operatingSince) {
    issues.push({
      field: 'operatingSince',
      message: {
        vi: 'Dự án chưa đi vào hoạt động thì chưa có ngày đi vào hoạt động',
        en: `a ${project.status} project has not started operating`,
      },
    });
  }
  if (project.operatingSince && project.operatingSince < project.registeredOn) {
    issues.push({
      field: 'operatingSince',
      message: {
        vi: 'Ngày đi vào hoạt động trước ngày đăng ký đầu tư',
        en: 'operatingSince is before registeredOn',
      },
    });
  }
  if (!project.inLineWithPlanning && !project.planningNote) {
    issues.push({
      field: 'planningNote',
      message: {
        vi: 'Dự án không phù hợp quy hoạch phải ghi rõ lý do',
        en: 'a project not in line with the planning says why in planningNote',
      },
    });
  }
  return issues;
}
