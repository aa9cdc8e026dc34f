import { isUuid } from '@ipc-hub/db';

/**
 * The records a data error may name, as `Type:id`, with the agency that owns
 * each and the query (through the gateway, as the reporter) that finds it and
 * where it sits. Whose record it is follows from its type: the registry of
 * facilities and monitoring is DONRE's, violations and inspections the
 * police's, zones HIZA's, clusters DOIT's.
 */
export const RECORD_TYPES = {
  Facility: {
    agency: 'DONRE',
    query: 'query ($id: ID!) { record: facility(id: $id) { id adminUnit { code } } }',
    placeOf: (r: RecordFound) => ({ facilityId: r.id, adminUnitCode: r.adminUnit?.code ?? null }),
  },
  Violation: {
    agency: 'POLICE',
    query:
      'query ($id: ID!) { record: violation(id: $id) { id facility { id adminUnit { code } } } }',
    placeOf: (r: RecordFound) => ({
      facilityId: r.facility?.id ?? null,
      adminUnitCode: r.facility?.adminUnit?.code ?? null,
    }),
  },
  Inspection: {
    agency: 'POLICE',
    query:
      'query ($id: ID!) { record: inspection(id: $id) { id facility { id adminUnit { code } } } }',
    placeOf: (r: RecordFound) => ({
      facilityId: r.facility?.id ?? null,
      adminUnitCode: r.facility?.adminUnit?.code ?? null,
    }),
  },
  IndustrialZone: {
    agency: 'HIZA',
    query: 'query ($id: ID!) { record: zone(id: $id) { id adminUnit { code } } }',
    placeOf: (r: RecordFound) => ({ facilityId: null, adminUnitCode: r.adminUnit?.code ?? null }),
  },
  IndustrialCluster: {
    agency: 'DOIT',
    query: 'query ($id: ID!) { record: cluster(id: $id) { id adminUnit { code } } }',
    placeOf: (r: RecordFound) => ({ facilityId: null, adminUnitCode: r.adminUnit?.code ?? null }),
  },
} as const;

export type RecordType = keyof typeof RECORD_TYPES;

/** What the owning agency answers about a record: its key and where it sits. */
export interface RecordFound {
  id: string;
  adminUnit?: { code: string } | null;
  facility?: { id: string; adminUnit?: { code: string } | null } | null;
}

export interface ParsedRecordRef {
  type: RecordType;
  id: string;
  /** `Type:id`, as stored */
  ref: string;
}

/** `Violation:<uuid>` → its type and id, or null for anything else. */
export function parseRecordRef(input: string): ParsedRecordRef | null {
  const match = /^([A-Za-z]+):(.+)$/.exec(input.trim());
  if (!match) return null;
  const [, type, id] = match;
  if (!type || !id || !(type in RECORD_TYPES) || !isUuid(id)) return null;
  return { type: type as RecordType, id: id.toLowerCase(), ref: `${type}:${id.toLowerCase()}` };
}
