import type { Database } from '@ipc-hub/db';
import { asc, eq, sql } from 'drizzle-orm';
import type * as schema from '../../db/schema';
import {
  coefficientBands,
  monitoringParameters,
  regulationLimits,
  regulationSectors,
  regulations,
} from '../../db/schema';
import type { CoefficientBand } from '../judging/coefficientFromBands';
import type { Regulation } from '../judging/Regulation';
import { ParameterCatalog } from './ParameterCatalog';

/** The reference data readings are judged by: parameters, regulations with their limits, Kq/Kf bands. */
export class ReferenceDataRepository {
  constructor(private readonly db: Database<typeof schema>) {}

  async parameters(): Promise<ParameterCatalog> {
    return new ParameterCatalog(
      await this.db.select().from(monitoringParameters).orderBy(asc(monitoringParameters.id)),
    );
  }

  /** Every regulation with its limits and sectors, oldest first, in one statement. */
  async regulations(): Promise<Regulation[]> {
    const sectors = sql<string[]>`array(select s.sector_code from ${regulationSectors} s
      where s.regulation_code = ${regulations.code} order by s.sector_code)`;
    const rows = await this.db
      .select({ regulation: regulations, limit: regulationLimits, sectors })
      .from(regulations)
      .leftJoin(regulationLimits, eq(regulationLimits.regulationCode, regulations.code))
      .orderBy(asc(regulations.effectiveFrom), asc(regulations.code));
    const byCode = new Map<string, Regulation>();
    for (const { regulation, limit, sectors } of rows) {
      let entry = byCode.get(regulation.code);
      if (!entry) {
        entry = { ...regulation, limits: [], sectors };
        byCode.set(regulation.code, entry);
      }
      if (limit) entry.limits.push(limit);
    }
    return [...byCode.values()];
  }

  /**
   * The Kq/Kf bands to fix a station's coefficients by on `day`: those of the
   * latest regulation of the kind in force that has bands (a regulation that
   * scales nothing brings none).
   */
  async bandsInForce(
    stationKind: Regulation['stationKind'],
    day: string,
  ): Promise<CoefficientBand[]> {
    const inForce = sql`(select r.code from ${regulations} r
      where r.station_kind = ${stationKind} and r.effective_from <= ${day}
        and (r.valid_to is null or r.valid_to > ${day})
        and exists (select 1 from ${coefficientBands} b where b.regulation_code = r.code)
      order by r.effective_from desc limit 1)`;
    return this.db
      .select()
      .from(coefficientBands)
      .where(eq(coefficientBands.regulationCode, inForce))
      .orderBy(asc(coefficientBands.id));
  }
}
