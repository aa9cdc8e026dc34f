import { timestampColumns } from '@ipc-hub/db';
import { boolean, date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { zones } from '../zones/schema';

/**
 * A facility's tenancy in a zone. `facility_id` refers to DONRE's registry
 * (another agency's database, so no foreign key); a facility is in one zone.
 */
export const zoneTenancies = pgTable(
  'zone_tenancies',
  {
    facilityId: uuid('facility_id').primaryKey(),
    zoneId: uuid('zone_id')
      .notNull()
      .references(() => zones.id, { onDelete: 'restrict' }),
    /** Giấy chứng nhận đầu tư / investment certificate number */
    investmentCertificate: text('investment_certificate'),
    /** đấu nối: the facility's wastewater goes to the central plant */
    connectedToPlant: boolean('connected_to_plant').notNull().default(false),
    since: date('since', { mode: 'string' }),
    ...timestampColumns(),
  },
  (t) => [
    index('zone_tenancies_zone_id_idx').on(t.zoneId),
    uniqueIndex('zone_tenancies_investment_certificate_key').on(t.investmentCertificate),
  ],
);
