import type { IsoDate, SeedViolation } from '../types';

/** The police's part of the Hanoi demo data, built on the shared seed's facilities and violations. */

export type InspectionKind = 'SCHEDULED' | 'SURPRISE' | 'COMPLAINT' | 'JOINT';
export type InspectingAgency = 'POLICE' | 'DONRE' | 'DOIT' | 'HIZA' | 'DISTRICT_COMMITTEE';
export type InspectionOutcome = 'NO_VIOLATION' | 'VIOLATIONS_FOUND';

export interface SeedInspection {
  id: string;
  facilityId: string;
  adminUnitCode: string;
  conductedOn: IsoDate;
  kind: InspectionKind;
  leadAgency: InspectingAgency;
  /** empty unless `kind` is JOINT; never holds the lead; holds POLICE when another agency leads */
  jointAgencies: InspectingAgency[];
  findings: string;
  outcome: InspectionOutcome;
}

/** A violation of the shared seed, with what the police add to it. */
export interface SeedPoliceViolation extends SeedViolation {
  /** the inspection that found it; null before the inspections' five years */
  inspectionId: string | null;
  /** the flow found, m³/day, for wastewater findings whose facility's flow is known */
  dischargeM3PerDay: number | null;
  /** the day it was remedied, prosecuted or dismissed; null while open */
  closedOn: IsoDate | null;
}

export interface SeedSanction {
  id: string;
  violationId: string;
  decisionNumber: string;
  decidedOn: IsoDate;
  decidingAuthority: string;
  /** null for a warning */
  fineVnd: bigint | null;
  suspensionMonths: number | null;
  otherPenalties: string[];
  remedialMeasures: string[];
  paidOn: IsoDate | null;
}

export interface SeedSuspect {
  id: string;
  fullName: string;
  /** CCCD, 12 digits */
  idNumber: string;
  dateOfBirth: IsoDate;
  phone: string;
}

export interface SeedCaseFile {
  id: string;
  violationId: string;
  openedOn: IsoDate;
  evidence: string[];
  investigatorNotes: string;
  criminalCaseRef: string | null;
  suspects: SeedSuspect[];
}

export interface PoliceSeed {
  inspections: SeedInspection[];
  /** every violation of the shared seed, in its order, with its inspection and flow */
  violations: SeedPoliceViolation[];
  /** one for every SANCTIONED, REMEDIED and PROSECUTED violation */
  sanctions: SeedSanction[];
  /** one for every PROSECUTED violation */
  caseFiles: SeedCaseFile[];
}
