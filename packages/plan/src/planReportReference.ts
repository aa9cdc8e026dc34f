/**
 * A plan report as another subgraph receives it in `_entities`: the key,
 * and the fields its own fields `@requires` of DONRE's — the units a
 * district's report covers (null: the whole city) and, for HIZA's 3.7, the
 * facilities with an approval in force.
 */
export interface PlanReportReference {
  id: string;
  scopeUnitCodes?: readonly string[] | null;
  approvedFacilityIds?: readonly string[];
}
