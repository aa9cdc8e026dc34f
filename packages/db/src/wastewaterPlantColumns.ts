import { boolean, date, doublePrecision, pgEnum } from 'drizzle-orm/pg-core';

/**
 * The status of a central wastewater plant (trạm xử lý nước thải tập trung).
 * Each database that keeps plants declares it (export the result from its
 * schema so drizzle-kit creates the type).
 */
export const plantStatusEnum = () =>
  pgEnum('plant_status', ['NONE', 'UNDER_CONSTRUCTION', 'OPERATING']);

/**
 * A zone's or cluster's central plant, kept in the zone's or cluster's own
 * row: each has at most one, and the plan judges the place by it (3.1, 3.2).
 */
export function wastewaterPlantColumns(plantStatus: ReturnType<typeof plantStatusEnum>) {
  return {
    plantStatus: plantStatus('plant_status').notNull().default('NONE'),
    plantCapacityM3PerDay: doublePrecision('plant_capacity_m3_per_day'),
    plantCommissionedOn: date('plant_commissioned_on', { mode: 'string' }),
    /** effluent meets QCVN 40:2011 */
    plantCompliant: boolean('plant_compliant').notNull().default(false),
    /** automatic monitoring installed */
    plantAutoMonitoring: boolean('plant_auto_monitoring').notNull().default(false),
  };
}
