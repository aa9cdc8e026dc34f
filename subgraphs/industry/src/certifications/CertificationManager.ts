import { allRows } from '@ipc-hub/access';
import { constraintViolation, type Database } from '@ipc-hub/db';
import { conflict } from '@ipc-hub/errors';
import type { OtherAgencyRecords } from '@ipc-hub/references';
import { parseInput } from '@ipc-hub/server-kit';
import type * as schema from '../db/schema';
import { type CertificationRecord, CertificationRepository } from './CertificationRepository';
import { recordCertificationInput } from './certificationInput';

/** Writes reach their records whatever the caller reads: the scope is said, not defaulted. */
const WRITES = allRows(
  "CertificationManager writes: its mutation's writer rule and its own record checks decide",
);

/**
 * DOIT records the certifications that show a facility manages its
 * environment (plan 75, II.1: ISO 14000 and cleaner production encouraged;
 * target 3.3 counts them for new facilities).
 */
export class CertificationManager {
  constructor(
    private readonly db: Database<typeof schema>,
    private readonly references: OtherAgencyRecords,
  ) {}

  async record(raw: unknown): Promise<CertificationRecord> {
    const input = parseInput(recordCertificationInput, raw);
    const facility = await this.references.requireFacility(input.facilityId);
    try {
      return await this.db.transaction(async (tx) => {
        const certifications = new CertificationRepository(tx, WRITES);
        if (await certifications.findByNumber(input.kind, input.issuer, input.number)) {
          throw duplicate();
        }
        return certifications.insert({
          facilityId: input.facilityId,
          adminUnitCode: facility.adminUnitCode,
          kind: input.kind,
          number: input.number,
          issuer: input.issuer,
          issuedOn: input.issuedOn,
          validUntil: input.validUntil ?? null,
        });
      });
    } catch (error) {
      if (constraintViolation(error)?.constraint === 'certifications_kind_issuer_number_key') {
        throw duplicate();
      }
      throw error;
    }
  }
}

function duplicate() {
  return conflict(
    {
      vi: 'Đơn vị cấp này đã cấp chứng nhận số này',
      en: 'this issuer has already given a certification this number',
    },
    'input.number',
  );
}
