export {
  AGENCIES,
  type Agency,
  type AgencyEntry,
  type AgencyRole,
  agencyOf,
  GATEWAY_DEFAULT_PORT,
  type SubgraphName,
} from './agencies';
export {
  AGENCY_ROLES,
  ALL_RECORDS_ROLES,
  isAgencyRole,
  type Role,
  TOKEN_ROLES,
  type TokenRole,
} from './roles';
