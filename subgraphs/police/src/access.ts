import { defineAccess, placedRecord } from '@ipc-hub/access';

/**
 * Where each type's records sit, beside the data classes of `schema.graphql`
 * (docs/access.md, Row scope): an AREA or OPERATOR caller reads the internal
 * fields of a record only within its scope.
 */
export const policeAccess = defineAccess({
  recordScopes: {
    // Where a record happened decides an AREA officer's reach, its facility an operator's.
    // A violation's publication is left out on purpose: it makes the violation's public fields
    // everyone's (its rows are in everyone's SQL scope), not its inspection, which stays internal.
    Violation: placedRecord,
    Inspection: placedRecord,
    // Facility knows only its id here (DONRE keeps its unit): its lists are scoped in SQL instead.
  },
});
