import type { IsoDate } from '../types';
import type { SeedInvestmentProject } from '../zones/types';

/**
 * What Sở Công thương (DOIT) adds to the Hanoi demo data: the infrastructure
 * facts the base seed leaves out, the relocation cases of Kế hoạch
 * 150/KH-UBND and the facilities' environmental certifications.
 */

/** A cluster's infrastructure besides its central plant (plan 75, II.2.2 and target 3.2). */
export interface SeedClusterInfrastructure {
  clusterId: string;
  /** thu gom, xử lý chất thải rắn đảm bảo môi trường */
  solidWasteCollection: boolean;
  /** hồ sơ pháp lý về bảo vệ môi trường đầy đủ */
  environmentalDossierComplete: boolean;
  /** hạ tầng kỹ thuật đồng bộ, the plan's four items (target 3.2) */
  roads: boolean;
  drainage: boolean;
  power: boolean;
  waterSupply: boolean;
  /** tỷ lệ lấp đầy, % of the industrial land leased; null for a planned cluster */
  occupancyPercent: number | null;
}

export type RelocationReason =
  | 'SERIOUS_POLLUTION'
  | 'HIGH_RISK_SECTOR_IN_RESIDENTIAL_AREA'
  | 'NOT_IN_LINE_WITH_PLANNING';
export type RelocationStatus = 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';

/** Hồ sơ di dời: one facility to be moved out of a residential area. */
export interface SeedRelocationCase {
  id: string;
  facilityId: string;
  reason: RelocationReason;
  /** at most one of the two destinations is set; COMPLETED and IN_PROGRESS cases always have one */
  destinationZoneId: string | null;
  destinationClusterId: string | null;
  deadline: IsoDate;
  status: RelocationStatus;
  openedOn: IsoDate;
  startedOn: IsoDate | null;
  completedOn: IsoDate | null;
  cancelledOn: IsoDate | null;
  /** kinh phí hỗ trợ di dời, whole đồng (a safe integer: at most a few billion) */
  supportGrantedVnd: number | null;
  note: string | null;
}

export type CertificationKind = 'ISO_14001' | 'CLEANER_PRODUCTION' | 'ENERGY_AUDIT';

/** A facility's ISO 14001 certificate, cleaner-production assessment or energy audit. */
export interface SeedCertification {
  id: string;
  facilityId: string;
  kind: CertificationKind;
  number: string;
  issuer: string;
  issuedOn: IsoDate;
  /** null: the document has no expiry (a cleaner-production assessment) */
  validUntil: IsoDate | null;
}

/** A new investment project registered in a cluster: DOIT's share of target 3.7. */
export type SeedClusterInvestmentProject = Omit<SeedInvestmentProject, 'zoneId'> & {
  clusterId: string;
};

export interface IndustrySeed {
  /** oldest registration first */
  clusterInvestmentProjects: SeedClusterInvestmentProject[];
  /** one per cluster of the base seed, in its order */
  clusterInfrastructure: SeedClusterInfrastructure[];
  /** in the order of the base seed's facilities */
  relocationCases: SeedRelocationCase[];
  /** in the order of the base seed's facilities, then issue date */
  certifications: SeedCertification[];
}
