import { AGENCY_ROLES } from '@ipc-hub/registry';

/**
 * Who may lead or join an inspection: the hub's agencies, from the registry,
 * and the district people's committee, which runs no subgraph. The police
 * come first (the default lead), then the others in the registry's order;
 * the database enum `inspecting_agency` and the input's check read this
 * list, and `InspectingAgency` of schema.graphql names the same values.
 */
export const INSPECTING_AGENCIES = [
  'POLICE',
  ...AGENCY_ROLES.filter((role) => role !== 'POLICE'),
  'DISTRICT_COMMITTEE',
] as const;
