import type { SignTokenInput } from '@ipc-hub/identity';

/** Who sends a request of the mix: the public (no token), or a role with its claims. */
export type Caller = { role: 'PUBLIC' } | Omit<SignTokenInput, 'sub' | 'expiresIn'>;

export interface DashboardRequest {
  /** a short name for the report */
  name: string;
  caller: Caller;
  query: string;
  variables?: Record<string, unknown>;
  /** how often it comes up, relative to the others */
  weight: number;
}

export interface MixSubjects {
  /** an administrative unit with facilities: the district an AREA officer covers */
  adminUnitCode: string;
  /** an operating facility: the one an OPERATOR runs */
  facilityId: string;
}

/**
 * What the hub's dashboards ask, over the seeded Hanoi data, at the roles
 * that ask it: the public pages, the city's overview, each agency's own
 * list, a district officer and a facility operator. Every query is one the
 * caller may read in full: an error in the answer is a real error.
 */
export function dashboardMix({ adminUnitCode, facilityId }: MixSubjects): DashboardRequest[] {
  return [
    {
      name: 'public zones and tenants',
      caller: { role: 'PUBLIC' },
      query: `{ zones(first: 50) { totalCount edges { node {
        name kind wastewaterPlant { status compliant autoMonitoring } facilities { name }
      } } } }`,
      weight: 3,
    },
    {
      name: 'public published violations',
      caller: { role: 'PUBLIC' },
      query: `{ violations(first: 20) { totalCount edges { node {
        detectedOn category status facility { name adminUnit { name } }
      } } } }`,
      weight: 2,
    },
    {
      name: 'public facility search',
      caller: { role: 'PUBLIC' },
      query: `query ($search: String!) { facilities(filter: { search: $search }, first: 20) {
        totalCount edges { node { name address sector { code name } } }
      } }`,
      variables: { search: 'thang long' },
      weight: 2,
    },
    {
      name: 'city overview across agencies',
      caller: { role: 'CITY' },
      query: `query ($unit: String!) { facilities(first: 50, filter: { adminUnitCode: $unit }) {
        totalCount edges { node {
          name taxCode highRiskSector status adminUnit { name }
          zone { name wastewaterPlant { status } } cluster { name }
          violations { detectedOn category status } openViolationCount
        } } pageInfo { hasNextPage endCursor }
      } }`,
      variables: { unit: adminUnitCode },
      weight: 3,
    },
    {
      name: 'DONRE registry page',
      caller: { role: 'DONRE' },
      query: `{ facilities(first: 100) { edges { node {
        name status approvals { kind status validUntil } hazardousWaste { code }
      } } } }`,
      weight: 2,
    },
    {
      name: 'DOIT clusters',
      caller: { role: 'DOIT' },
      query: `{ clusters(first: 50) { totalCount edges { node {
        name status infrastructureComplete missingInfrastructure facilities { name relocation { status deadline } }
      } } } }`,
      weight: 1,
    },
    {
      name: 'HIZA zones and plants',
      caller: { role: 'HIZA' },
      query: `{ zones(first: 50) { edges { node {
        code name status occupancyPercent tenantCount wastewaterPlant { status compliant autoMonitoring deadline { dueBy } }
      } } } }`,
      weight: 1,
    },
    {
      name: 'POLICE inspections',
      caller: { role: 'POLICE' },
      query: `{ inspections(first: 50) { totalCount edges { node {
        conductedOn kind outcome facility { name } violations { category status }
      } } } }`,
      weight: 2,
    },
    {
      name: 'district officer',
      caller: { role: 'AREA', adminUnits: [adminUnitCode] },
      query: `query ($unit: String!) { facilities(first: 50, filter: { adminUnitCode: $unit }) {
        edges { node { name status approvals { status } violations { status } openViolationCount } }
      } }`,
      variables: { unit: adminUnitCode },
      weight: 2,
    },
    {
      name: 'operator’s own facility',
      caller: { role: 'OPERATOR', facilityIds: [facilityId] },
      query: `query ($id: ID!) { facility(id: $id) {
        name status approvals { kind status validUntil } violations { detectedOn status } zone { name }
      } }`,
      variables: { id: facilityId },
      weight: 2,
    },
  ];
}
