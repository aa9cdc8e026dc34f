import { type PlanPeriod, parsePlanPeriod } from './period';

/**
 * A plan report's entity key: its period and, for a district's report, the
 * unit ("2026-Q2@017"). Every agency's subgraph reads what it must compute
 * from the key alone, so the key is all that travels between them.
 */
export interface PlanReportKey {
  period: PlanPeriod;
  /** null for the whole city */
  adminUnitCode: string | null;
}

export function planReportId(period: string, adminUnitCode: string | null): string {
  return adminUnitCode === null ? period : `${period}@${adminUnitCode}`;
}

export function parsePlanReportId(id: string): PlanReportKey {
  const at = id.indexOf('@');
  const period = parsePlanPeriod(at < 0 ? id : id.slice(0, at), 'id');
  return { period, adminUnitCode: at < 0 ? null : id.slice(at + 1) };
}
