import type { IsoDate } from '../types';

/** Người đại diện theo pháp luật: personal data (Luật 91/2025/QH15), kept apart from the facility row. */
export interface SeedLegalRepresentative {
  facilityId: string;
  fullName: string;
  /** số CCCD, 12 digits; for a foreign director, the passport number */
  idNumber: string;
  dateOfBirth: IsoDate;
  phone: string;
}

export type ApprovalKind =
  | 'EIA_REPORT'
  | 'PROTECTION_COMMITMENT'
  | 'PROTECTION_PLAN'
  | 'DETAILED_PROTECTION_SCHEME'
  | 'SIMPLE_PROTECTION_SCHEME'
  | 'ENVIRONMENTAL_PERMIT'
  | 'ENVIRONMENTAL_REGISTRATION';

/** Hồ sơ môi trường: ĐTM, cam kết/kế hoạch BVMT, đề án BVMT, giấy phép môi trường, đăng ký môi trường. */
export interface SeedApproval {
  id: string;
  facilityId: string;
  kind: ApprovalKind;
  /** e.g. "1234/QĐ-STNMT" */
  decisionNumber: string;
  /** e.g. "Sở Tài nguyên và Môi trường Hà Nội", "UBND huyện Đông Anh", "Bộ Tài nguyên và Môi trường" */
  issuingAuthority: string;
  issuedOn: IsoDate;
  /** null: no expiry (ĐTM decisions, cam kết); permits run 7–10 years, or less on request */
  validUntil: IsoDate | null;
  /** set when the approval was revoked */
  revokedOn: IsoDate | null;
}

/**
 * A dossier approved for an investment project itself, before it has a
 * facility: of a zone's project (HIZA's) or a cluster's (DOIT's), with the
 * unit of its zone or cluster.
 */
export interface SeedProjectApproval extends Omit<SeedApproval, 'facilityId'> {
  projectId: string | null;
  clusterProjectId: string | null;
  adminUnitCode: string;
}

/** Kiểm tra sau thẩm định (hậu kiểm) of an approval's treatment works. */
export interface SeedPostApprovalInspection {
  id: string;
  approvalId: string;
  inspectedOn: IsoDate;
  /** the treatment works were confirmed compliant */
  treatmentCompliant: boolean;
  findings: string | null;
}

/** Sổ đăng ký chủ nguồn thải chất thải nguy hại. */
export interface SeedHazardousWasteRegistration {
  id: string;
  facilityId: string;
  /** mã số QLCTNH, e.g. "01.001234.T" */
  code: string;
  issuedOn: IsoDate;
}

export interface SeedHazardousWasteStream {
  id: string;
  registrationId: string;
  /** mã CTNH, e.g. "16 01 06" (Thông tư 02/2022/TT-BTNMT) */
  wasteCode: string;
  name: string;
  expectedKgPerYear: number;
}

/** Báo cáo định kỳ: a year's hazardous waste generated, and how much a licensed unit took and treated to standard. */
export interface SeedHazardousWasteReport {
  id: string;
  registrationId: string;
  /** "2019" */
  period: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  generatedKg: number;
  /** handed to a licensed unit and stored, collected and treated to standard; ≤ generatedKg */
  treatedKg: number;
  /** the licensed hazardous-waste handler, e.g. "Công ty TNHH MTV Môi trường đô thị Hà Nội (URENCO)" */
  licensedUnit: string | null;
  submittedOn: IsoDate;
}

export type PolluterResolution = 'PENDING' | 'THOROUGHLY_TREATED' | 'RELOCATED' | 'CLOSED';

/** Cơ sở gây ô nhiễm môi trường nghiêm trọng (QĐ 64/2003/QĐ-TTg or the city's yearly list). */
export interface SeedSeriousPolluterListing {
  id: string;
  facilityId: string;
  /** e.g. "QĐ 64/2003/QĐ-TTg" or "QĐ 1788/QĐ-UBND" */
  decision: string;
  listedOn: IsoDate;
  reason: string | null;
  deadline: IsoDate | null;
  resolution: PolluterResolution;
  resolvedOn: IsoDate | null;
  published: boolean;
}

export type PlanTaskStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'DELAYED';

/** One of the twelve priority tasks of the plan's appendix, as written. */
export interface SeedPlanTask {
  id: string;
  number: number;
  title: string;
  leadAgency: string;
  partnerAgencies: string;
  /** as written: "2012-2015", "2012" */
  timeFrame: string;
  status: PlanTaskStatus;
}

export interface SeedPlanTaskNote {
  id: string;
  taskId: string;
  notedOn: IsoDate;
  note: string;
}

export interface EnvironmentSeed {
  legalRepresentatives: SeedLegalRepresentative[];
  approvals: SeedApproval[];
  /** dossiers approved for investment projects before they have a facility (target 3.7) */
  projectApprovals: SeedProjectApproval[];
  postApprovalInspections: SeedPostApprovalInspection[];
  hazardousWasteRegistrations: SeedHazardousWasteRegistration[];
  hazardousWasteStreams: SeedHazardousWasteStream[];
  hazardousWasteReports: SeedHazardousWasteReport[];
  seriousPolluterListings: SeedSeriousPolluterListing[];
  planTasks: SeedPlanTask[];
  planTaskNotes: SeedPlanTaskNote[];
}
