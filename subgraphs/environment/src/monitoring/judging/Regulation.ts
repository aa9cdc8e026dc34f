import type { regulationLimits, regulations } from '../../db/schema';

export type RegulationLimit = typeof regulationLimits.$inferSelect;

/**
 * A regulation with its limits, as the judging reads it, and the VSIC
 * sectors it is the standard of (none: a general regulation).
 */
export type Regulation = typeof regulations.$inferSelect & {
  limits: RegulationLimit[];
  sectors: string[];
};
