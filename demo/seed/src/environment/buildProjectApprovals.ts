import { deriveSeed } from '../deriveSeed';
import { generateIndustrySeed } from '../industry/generateIndustrySeed';
import { Random } from '../random';
import type { IsoDate, SeedZone } from '../types';
import { generateZonesSeed } from '../zones/generateZonesSeed';
import { addDays } from './addDays';
import { addYears } from './addYears';
import { type AuthorityLevel, approvalAuthority } from './approvalAuthority';
import type { EnvironmentContext } from './createEnvironmentContext';
import type { DecisionRegister } from './decisionRegister';
import { LAST_RECORD_DAY } from './demoToday';
import { IdSequence } from './idSequence';
import type { ApprovalKind, SeedProjectApproval } from './types';

/** Luật BVMT 2014: kế hoạch BVMT replaced the cam kết; Luật BVMT 2020: giấy phép môi trường. */
const LAW_2014: IsoDate = '2015-01-01';
const LAW_2020: IsoDate = '2022-01-01';
/** the district level was abolished on 1/7/2025 */
const DISTRICT_LEVEL_UNTIL: IsoDate = '2025-06-30';
/** the city delegated ĐTM appraisal of zone projects to the zones' management board */
const ZONE_BOARD_EIA_FROM: IsoDate = '2016-01-01';

/** of the projects still without a facility, those whose dossier was approved in time */
const APPROVED_SHARE = { pending: 0.85, terminated: 0.35 } as const;

const FORMS: Partial<Record<ApprovalKind, string>> = {
  EIA_REPORT: 'QĐ',
  PROTECTION_COMMITMENT: 'GXN',
  PROTECTION_PLAN: 'GXN',
  ENVIRONMENTAL_PERMIT: 'GP',
};

function kindOf(random: Random, highRisk: boolean, issuedOn: IsoDate): ApprovalKind {
  if (highRisk || random.chance(0.35)) return 'EIA_REPORT';
  if (issuedOn < LAW_2014) return 'PROTECTION_COMMITMENT';
  if (issuedOn < LAW_2020) return 'PROTECTION_PLAN';
  return 'ENVIRONMENTAL_PERMIT';
}

function levelOf(
  random: Random,
  kind: ApprovalKind,
  issuedOn: IsoDate,
  zone: SeedZone | null,
): AuthorityLevel {
  const afterDistricts = issuedOn > DISTRICT_LEVEL_UNTIL;
  switch (kind) {
    case 'EIA_REPORT':
      if (zone?.kind === 'HIGH_TECH_PARK') return 'ZONE_BOARD';
      return zone && issuedOn >= ZONE_BOARD_EIA_FROM && random.chance(0.6)
        ? 'ZONE_BOARD'
        : 'PROVINCE';
    case 'PROTECTION_COMMITMENT':
    case 'PROTECTION_PLAN':
      if (zone) return 'ZONE_BOARD';
      return kind === 'PROTECTION_PLAN' ? 'DEPARTMENT' : 'DISTRICT';
    default:
      return zone || afterDistricts ? 'PROVINCE' : 'DISTRICT';
  }
}

/**
 * The environmental dossiers approved for the investment projects
 * themselves (an ĐTM, a cam kết or kế hoạch BVMT, or since 2022 an
 * environmental permit, approved for the project before it has a facility):
 * most projects in line with the planning that have no facility yet had
 * theirs approved two to eight months after registration, a third of those
 * later terminated did; a project out of line with the planning gets none
 * (the appraisal checks it). Projects that became facilities carry their
 * facility's dossiers instead (`buildApprovals`).
 */
export function buildProjectApprovals(
  ctx: EnvironmentContext,
  register: DecisionRegister,
): SeedProjectApproval[] {
  const random = new Random(deriveSeed(ctx.root, 'project-approvals'));
  const ids = new IdSequence(ctx.root, 'project-approval');
  const zones = new Map(ctx.base.zones.map((zone) => [zone.id, zone]));
  const clusters = new Map(ctx.base.clusters.map((cluster) => [cluster.id, cluster]));
  const highRisk = new Set(ctx.base.sectors.filter((s) => s.highRisk).map((s) => s.code));
  const places = [
    ...generateZonesSeed(ctx.base).investmentProjects.map((project) => {
      const zone = zones.get(project.zoneId) ?? null;
      return { project, zone, place: zone, cluster: false };
    }),
    ...generateIndustrySeed(ctx.base).clusterInvestmentProjects.map((project) => ({
      project,
      zone: null,
      place: clusters.get(project.clusterId) ?? null,
      cluster: true,
    })),
  ];
  const approvals: SeedProjectApproval[] = [];
  for (const { project, zone, place, cluster } of places) {
    if (!place || project.facilityId !== null || !project.inLineWithPlanning) continue;
    const share =
      project.status === 'TERMINATED' ? APPROVED_SHARE.terminated : APPROVED_SHARE.pending;
    if (!random.chance(share)) continue;
    const issuedOn = addDays(project.registeredOn, random.int(60, 240));
    if (issuedOn > LAST_RECORD_DAY) continue;
    const kind = kindOf(random, highRisk.has(project.sectorCode), issuedOn);
    const level = levelOf(random, kind, issuedOn, zone);
    const districtCode = place.formerPlace.districtCode;
    const authority = approvalAuthority(level, issuedOn, {
      districtCode,
      unit: ctx.unitOf.get(districtCode),
      zone,
      commune: null,
    });
    const approval: SeedProjectApproval = {
      id: ids.next(),
      projectId: cluster ? null : project.id,
      clusterProjectId: cluster ? project.id : null,
      adminUnitCode: place.adminUnitCode,
      kind,
      decisionNumber: '',
      issuingAuthority: authority.name,
      issuedOn,
      validUntil: kind === 'ENVIRONMENTAL_PERMIT' ? addYears(issuedOn, 10) : null,
      revokedOn: null,
    };
    approvals.push(approval);
    const form = FORMS[kind] ?? 'QĐ';
    register.enter(authority, form, issuedOn, form === 'QĐ' ? 1500 : 400, (number) => {
      approval.decisionNumber = number;
    });
  }
  return approvals;
}
