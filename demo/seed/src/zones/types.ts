import type { IsoDate } from '../types';

/** Where a new investment project stands (dự án đầu tư mới vào khu). */
export type InvestmentProjectStatus =
  | 'REGISTERED'
  | 'UNDER_CONSTRUCTION'
  | 'OPERATING'
  | 'TERMINATED';

/**
 * A new investment project registered in a zone: what target 3.7 of the plan
 * counts (projects "bố trí phù hợp với quy hoạch").
 */
export interface SeedInvestmentProject {
  id: string;
  zoneId: string;
  /** Nhà đầu tư / the investor, a company name */
  investor: string;
  /** Tên dự án / project name */
  name: string;
  /** VSIC 2018 level-4 code */
  sectorCode: string;
  /** the day the investment (registration) certificate was issued */
  registeredOn: IsoDate;
  investmentCertificate: string | null;
  /** registered capital, whole đồng */
  capitalVnd: bigint | null;
  inLineWithPlanning: boolean;
  /** why a project is not in line with the planning; null when it is */
  planningNote: string | null;
  status: InvestmentProjectStatus;
  /** DONRE's facility once the project operates (or operated, for a terminated one) */
  facilityId: string | null;
  operatingSince: IsoDate | null;
}

/** A deadline set for a zone's central wastewater plant to be in operation. */
export interface SeedPlantDeadline {
  zoneId: string;
  dueBy: IsoDate;
  /** the decision that set it */
  decision: string;
  setOn: IsoDate;
}

/** HIZA's part of the demo data beyond the zones and tenancies of the base seed. */
export interface ZonesSeed {
  investmentProjects: SeedInvestmentProject[];
  plantDeadlines: SeedPlantDeadline[];
  /** tỷ lệ lấp đầy / occupancy, percent of the industrial land leased, by zone id */
  occupancyPercent: Map<string, number>;
}

export interface ZonesSeedOptions {
  /** the PRNG seed the base seed was generated with; default 75 */
  seed?: number;
  /** first day projects are drawn from; default 2012-01-01, the year of the plan */
  from?: IsoDate;
  /** last day projects are drawn to; default 2026-11-15 */
  to?: IsoDate;
}
