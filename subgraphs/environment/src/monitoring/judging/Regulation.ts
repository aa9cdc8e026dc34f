import type { regulationLimits, regulations } from '../../db/schema';

export type RegulationLimit = typeof regulationLimits.$inferSelect;

/** A regulation with its limits, as the judging reads it. */
export type Regulation = typeof regulations.$inferSelect & { limits: RegulationLimit[] };
