/**
 * Another agency's entity as a subgraph that only refers to it knows it: the
 * key, and the type name the gateway needs to fetch the rest.
 */
export interface FacilityReference {
  __typename?: 'Facility';
  id: string;
}

export interface AdminUnitReference {
  __typename?: 'AdministrativeUnit';
  code: string;
}
