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

/**
 * Subgraphs that no single agency owns: services the hub runs for everyone
 * on their own database, started, composed, tested and deployed like the
 * agencies' (every consumer below reads `SUBGRAPHS`). Their `role` is the
 * one that reads their audit trail; it is a token role already and adds none.
 */
export const SHARED_SERVICES = [
  {
    /** phản ánh, kiến nghị: the public's reports, routed to the agency that owns their subject */
    subgraph: 'citizens',
    role: 'CITY',
    nameVi: 'Phản ánh, kiến nghị của người dân',
    nameEn: "Citizens' reports",
    packageName: '@ipc-hub/citizens',
    defaultPort: 4005,
    urlVariable: 'CITIZENS_URL',
    database: 'ipc_citizens',
  },
] as const satisfies readonly Agency[];

/** Every subgraph of the hub, the agencies' first: what composition, `pnpm start`, tests, bench and k8s run. */
export const SUBGRAPHS = [...AGENCIES, ...SHARED_SERVICES] as const satisfies readonly Agency[];

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
/** A registered subgraph: an agency's or a shared service's. */
export type SubgraphEntry = (typeof SUBGRAPHS)[number];
/** environment, industry, zones, police, citizens */
export type SubgraphName = SubgraphEntry['subgraph'];
/** DONRE, DOIT, HIZA, POLICE: the roles that own a subgraph */
export type AgencyRole = AgencyEntry['role'];

/** The gateway's own port; the subgraphs' follow it. */
export const GATEWAY_DEFAULT_PORT = 4000;

/** The registry's entry of a subgraph; throws for a name that is not registered. */
export function agencyOf(subgraph: string): SubgraphEntry {
  const found = SUBGRAPHS.find((agency) => agency.subgraph === subgraph);
  if (!found) throw new Error(`no agency runs a subgraph named ${subgraph}`);
  return found;
}

/** The registry's entry of a subgraph, or undefined. */
export function findAgency<A extends Agency = SubgraphEntry>(
  subgraph: string,
  agencies: readonly A[] = SUBGRAPHS as unknown as readonly A[],
): A | undefined {
  return agencies.find((agency) => agency.subgraph === subgraph);
}

/** The local address of a subgraph's /graphql, on its default port. */
export function defaultSubgraphUrl(agency: Pick<Agency, 'defaultPort'>): string {
  return `http://127.0.0.1:${agency.defaultPort}/graphql`;
}

/** service name → the gateway's variable locating it (ENVIRONMENT_URL, …) */
export function urlVariables(agencies: readonly Agency[] = SUBGRAPHS): Record<string, string> {
  return Object.fromEntries(agencies.map((agency) => [agency.subgraph, agency.urlVariable]));
}

/** A service the gateway finds through a variable: a subgraph, or the notifications service. */
type Located = Pick<Agency, 'subgraph' | 'urlVariable' | 'defaultPort'>;

/** The gateway's variables for services listening at `urlOf(service)` (the subgraphs unless told). */
export function subgraphUrlEnv(
  urlOf: (agency: Located) => string = defaultSubgraphUrl,
  agencies: readonly Located[] = SUBGRAPHS,
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
