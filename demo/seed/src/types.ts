import type { FormerPlace } from '@ipc-hub/units';
/**
 * The shape of the Hanoi demo data. One generator produces all of it so that
 * every agency's subgraph seeds the same facility ids; each subgraph inserts
 * only the part it owns.
 */

/** ISO-8601 calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export type AdminLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

export interface SeedAdminUnit {
  code: string;
  name: string;
  /** quận, huyện, thị xã, thành phố (for the province) */
  kind: string;
  level: AdminLevel;
  parentCode: string | null;
  validFrom: IsoDate;
  /** null while the unit is in force */
  validTo: IsoDate | null;
}

export interface SeedSector {
  code: string;
  nameVi: string;
  nameEn: string;
  /** `plan-75` (named in the plan), `common` (commonly treated as high risk), null */
  highRisk: 'plan-75' | 'common' | null;
}

export type FacilityStatus =
  | 'OPERATING'
  | 'SUSPENDED'
  | 'CLOSED'
  | 'RELOCATED'
  | 'UNDER_CONSTRUCTION';
export type FacilitySetting = 'ZONE' | 'CLUSTER' | 'STANDALONE';

export interface SeedFacility {
  id: string;
  name: string;
  taxCode: string;
  address: string;
  /** the unit in force today: a commune since 1/7/2025 (docs/units.md) */
  adminUnitCode: string;
  /** the former district and commune-level unit it stood in; dated records take their unit from it */
  formerPlace: FormerPlace;
  latitude: number;
  longitude: number;
  sectorCode: string;
  status: FacilityStatus;
  startedOperationOn: IsoDate | null;
  setting: FacilitySetting;
  dischargeM3PerDay: number | null;
}

export type ZoneKind = 'INDUSTRIAL_ZONE' | 'EXPORT_PROCESSING_ZONE' | 'HIGH_TECH_PARK';
export type ZoneStatus = 'PLANNED' | 'UNDER_CONSTRUCTION' | 'OPERATING';
export type PlantStatus = 'NONE' | 'UNDER_CONSTRUCTION' | 'OPERATING';

export interface SeedWastewaterPlant {
  status: PlantStatus;
  capacityM3PerDay: number | null;
  commissionedOn: IsoDate | null;
  compliant: boolean;
  autoMonitoring: boolean;
}

export interface SeedZone {
  id: string;
  code: string;
  name: string;
  kind: ZoneKind;
  /** the unit in force today */
  adminUnitCode: string;
  formerPlace: FormerPlace;
  areaHa: number | null;
  status: ZoneStatus;
  developer: string | null;
  plant: SeedWastewaterPlant;
}

export interface SeedZoneTenancy {
  zoneId: string;
  facilityId: string;
  investmentCertificate: string;
  connectedToPlant: boolean;
  since: IsoDate;
}

export type ClusterStatus = 'PLANNED' | 'UNDER_CONSTRUCTION' | 'OPERATING';
export type DeveloperKind = 'DISTRICT_COMMITTEE' | 'COMMUNE_COMMITTEE' | 'ENTERPRISE';

export interface SeedCluster {
  id: string;
  name: string;
  /** the unit in force today */
  adminUnitCode: string;
  formerPlace: FormerPlace;
  areaHa: number | null;
  status: ClusterStatus;
  developer: string;
  developerKind: DeveloperKind;
  plant: SeedWastewaterPlant;
}

export interface SeedClusterTenancy {
  clusterId: string;
  facilityId: string;
  since: IsoDate;
}

export type ViolationCategory =
  | 'WASTEWATER_EXCEEDANCE'
  | 'EMISSION_EXCEEDANCE'
  | 'HAZARDOUS_WASTE'
  | 'NO_ENVIRONMENTAL_APPROVAL'
  | 'NO_PERMIT'
  | 'MONITORING_NOT_OPERATED'
  | 'OTHER';
export type ViolationStatus = 'DETECTED' | 'SANCTIONED' | 'REMEDIED' | 'PROSECUTED' | 'DISMISSED';

export interface SeedViolation {
  id: string;
  facilityId: string;
  /** where it happened: the facility's unit on `detectedOn` (a district before 1/7/2025) */
  adminUnitCode: string;
  detectedOn: IsoDate;
  category: ViolationCategory;
  /** e.g. "Nghị định 45/2022/NĐ-CP, Điều 18, khoản 5" */
  legalBasis: string;
  description: string;
  parameter: string | null;
  exceedanceFactor: number | null;
  status: ViolationStatus;
  published: boolean;
}

export interface HanoiSeed {
  adminUnits: SeedAdminUnit[];
  sectors: SeedSector[];
  facilities: SeedFacility[];
  zones: SeedZone[];
  zoneTenancies: SeedZoneTenancy[];
  clusters: SeedCluster[];
  clusterTenancies: SeedClusterTenancy[];
  violations: SeedViolation[];
}

export interface SeedOptions {
  /** multiplies facilities, clusters and violations (not units, sectors or the real zones); default 1 */
  scale?: number;
  /** PRNG seed; the same seed always gives the same data; default 75 (the plan's number) */
  seed?: number;
}
