import type { Database } from '@ipc-hub/db';
import type { Identity } from '@ipc-hub/identity';
import type { OtherAgencyRecords } from '@ipc-hub/references';
import { authorizeWrite, parseInput } from '@ipc-hub/server-kit';
import type * as schema from '../db/schema';
import { type InspectionRecord, InspectionRepository } from './InspectionRepository';
import { recordInspectionInput } from './inspectionInput';

/** Ghi nhận cuộc kiểm tra: the facility is checked with DONRE first, then one insert. */
export class InspectionManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly identity: Identity,
    private readonly references: OtherAgencyRecords,
  ) {}

  async record(raw: unknown): Promise<InspectionRecord> {
    authorizeWrite(this.identity, 'POLICE');
    const input = parseInput(recordInspectionInput, raw);
    const facility = await this.references.requireFacility(input.facilityId);
    return this.db.transaction((tx) =>
      new InspectionRepository(tx).insert({
        facilityId: facility.id,
        adminUnitCode: facility.adminUnitCode,
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
