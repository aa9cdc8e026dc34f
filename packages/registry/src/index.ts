export {
  AGENCIES,
  type Agency,
  type AgencyEntry,
  type AgencyRole,
  agencyOf,
  defaultSubgraphUrl,
  findAgency,
  GATEWAY_DEFAULT_PORT,
  registryOf,
  SHARED_SERVICES,
  SUBGRAPHS,
  type SubgraphEntry,
  type SubgraphName,
  subgraphUrlEnv,
  urlVariables,
} from './agencies';
export {
  AGENCY_ROLES,
  ALL_RECORDS_ROLES,
  isAgencyRole,
  type Role,
  TOKEN_ROLES,
  type TokenRole,
} from './roles';
export {
  COMPOSED_SERVICES,
  type ComposedService,
  type HubService,
  NOTIFICATIONS_SERVICE,
} from './services';
