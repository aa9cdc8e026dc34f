import { allRows } from '@ipc-hub/access';
import type { Database } from '@ipc-hub/db';
import type { OtherAgencyRecords } from '@ipc-hub/references';
import { parseInput } from '@ipc-hub/server-kit';
import { unitOnDayOf } from '@ipc-hub/units';
import type * as schema from '../db/schema';
import { type InspectionRecord, InspectionRepository } from './InspectionRepository';
import { recordInspectionInput } from './inspectionInput';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
const WRITES = allRows(
  "InspectionManager writes: its mutation's writer rule and its own record checks decide",
);

/** Ghi nhận cuộc kiểm tra: the facility is checked with DONRE first, then one insert. */
export class InspectionManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly references: OtherAgencyRecords,
  ) {}

  async record(raw: unknown): Promise<InspectionRecord> {
    const input = parseInput(recordInspectionInput, raw);
    const facility = await this.references.requireFacility(input.facilityId);
    return this.db.transaction((tx) =>
      new InspectionRepository(tx, WRITES).insert({
        facilityId: facility.id,
        // an inspection before 1/7/2025 keeps the former district (docs/units.md)
        adminUnitCode: unitOnDayOf(facility.adminUnitCode, input.conductedOn),
        conductedOn: input.conductedOn,
        kind: input.kind,
        leadAgency: input.leadAgency,
        jointAgencies: input.jointAgencies,
        findings: input.findings ?? null,
        outcome: input.outcome,
      }),
    );
  }
}
