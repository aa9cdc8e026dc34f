/**
 * The agencies whose subgraphs make up the hub: one entry each, read by
 * composition, the gateway's configuration, `pnpm start`, the test harness,
 * the load generator, the bench and the Kubernetes manifests. Adding an
 * agency starts here (docs/adding-a-subgraph.md).
 */
export const AGENCIES = [
  {
    /** service name in the supergraph, in logs and in URLs */
    subgraph: 'environment',
    /** the role its officers and systems sign in with; it owns this subgraph's writes */
    role: 'DONRE',
    nameVi: 'Sở Tài nguyên và Môi trường',
    nameEn: 'Department of Natural Resources and Environment',
    /** the workspace package of the subgraph, under subgraphs/ */
    packageName: '@ipc-hub/environment',
    defaultPort: 4001,
    /** the gateway's variable holding the subgraph's /graphql address */
    urlVariable: 'ENVIRONMENT_URL',
    /** the database name in a shared PostgreSQL server (deployments, bench, soak) */
    database: 'ipc_environment',
  },
  {
    subgraph: 'industry',
    role: 'DOIT',
    nameVi: 'Sở Công thương',
    nameEn: 'Department of Industry and Trade',
    packageName: '@ipc-hub/industry',
    defaultPort: 4002,
    urlVariable: 'INDUSTRY_URL',
    database: 'ipc_industry',
  },
  {
    subgraph: 'zones',
    role: 'HIZA',
    nameVi: 'Ban quản lý các khu công nghiệp và chế xuất Hà Nội',
    nameEn: 'Hanoi Industrial and Export Processing Zones Authority',
    packageName: '@ipc-hub/zones',
    defaultPort: 4003,
    urlVariable: 'ZONES_URL',
    database: 'ipc_zones',
  },
  {
    subgraph: 'police',
    role: 'POLICE',
    nameVi: 'Công an Thành phố Hà Nội (Cảnh sát môi trường)',
    nameEn: 'Hanoi City Police (environmental police)',
    packageName: '@ipc-hub/police',
    defaultPort: 4004,
    urlVariable: 'POLICE_URL',
    database: 'ipc_police',
  },
] as const satisfies readonly Agency[];

export interface Agency {
  subgraph: string;
  role: string;
  nameVi: string;
  nameEn: string;
  packageName: string;
  defaultPort: number;
  urlVariable: string;
  database: string;
}

export type AgencyEntry = (typeof AGENCIES)[number];
/** environment, industry, zones, police */
export type SubgraphName = AgencyEntry['subgraph'];
/** DONRE, DOIT, HIZA, POLICE: the roles that own a subgraph */
export type AgencyRole = AgencyEntry['role'];

/** The gateway's own port; the subgraphs' follow it. */
export const GATEWAY_DEFAULT_PORT = 4000;

/** The registry's entry of a subgraph; throws for a name that is not registered. */
export function agencyOf(subgraph: string): AgencyEntry {
  const found = AGENCIES.find((agency) => agency.subgraph === subgraph);
  if (!found) throw new Error(`no agency runs a subgraph named ${subgraph}`);
  return found;
}

/** The registry's entry of a subgraph, or undefined. */
export function findAgency<A extends Agency = AgencyEntry>(
  subgraph: string,
  agencies: readonly A[] = AGENCIES as unknown as readonly A[],
): A | undefined {
  return agencies.find((agency) => agency.subgraph === subgraph);
}

/** The local address of a subgraph's /graphql, on its default port. */
export function defaultSubgraphUrl(agency: Pick<Agency, 'defaultPort'>): string {
  return `http://127.0.0.1:${agency.defaultPort}/graphql`;
}

/** service name → the gateway's variable locating it (ENVIRONMENT_URL, …) */
export function urlVariables(agencies: readonly Agency[] = AGENCIES): Record<string, string> {
  return Object.fromEntries(agencies.map((agency) => [agency.subgraph, agency.urlVariable]));
}

/** The gateway's variables for subgraphs listening at `urlOf(agency)`. */
export function subgraphUrlEnv(
  urlOf: (agency: Agency) => string = defaultSubgraphUrl,
  agencies: readonly Agency[] = AGENCIES,
): Record<string, string> {
  return Object.fromEntries(agencies.map((agency) => [agency.urlVariable, urlOf(agency)]));
}

/**
 * What the hub derives from a list of agencies, for the four registered ones
 * or (a test of adding one, a deployment's own list) more: the names in
 * order, the owning roles, the URL variables.
 */
export function registryOf<A extends Agency>(agencies: readonly A[]) {
  const names = new Set<string>();
  const ports = new Set<number>();
  for (const agency of agencies) {
    if (names.has(agency.subgraph)) throw new Error(`two agencies run ${agency.subgraph}`);
    if (ports.has(agency.defaultPort))
      throw new Error(`two agencies use port ${agency.defaultPort}`);
    names.add(agency.subgraph);
    ports.add(agency.defaultPort);
  }
  return {
    agencies,
    subgraphNames: agencies.map((agency) => agency.subgraph),
    roles: agencies.map((agency) => agency.role),
    urlVariables: urlVariables(agencies),
    find: (subgraph: string) => findAgency(subgraph, agencies),
  };
}
