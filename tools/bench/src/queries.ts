/**
 * What the bench asks. The dashboard is the query of issue 11: facilities
 * with their unit (DONRE), zone (HIZA), cluster (DOIT), approvals (DONRE)
 * and open violations (POLICE) — four agencies in one answer.
 */
export const DASHBOARD = `query Dashboard($first: Int!) {
  facilities(first: $first) {
    edges {
      node {
        id
        name
        adminUnit { name }
        zone { name }
        cluster { name }
        approvals { kind decisionNumber issuedOn validUntil status }
        openViolationCount
      }
    }
  }
}`;

/**
 * The dashboard's floor: one hand-written statement over the same rows in
 * one database, building the same JSON as the gateway's `data` ($1: how
 * many facilities, $2: today in Hanoi, which an approval's status is judged on).
 */
export const FLOOR_SQL = `select json_build_object('facilities', json_build_object('edges', coalesce(json_agg(
  json_build_object('node', json_build_object(
    'id', f.id,
    'name', f.name,
    'adminUnit', json_build_object('name', u.name),
    'zone', case when z.id is null then null else json_build_object('name', z.name) end,
    'cluster', case when c.id is null then null else json_build_object('name', c.name) end,
    'approvals', coalesce(a.list, '[]'::json),
    'openViolationCount', v.open
  )) order by f.name, f.id), '[]'::json)))::text as data
from (select id, name, admin_unit_code from facilities order by name, id limit $1) f
join admin_units u on u.code = f.admin_unit_code
left join zone_tenancies zt on zt.facility_id = f.id
left join zones z on z.id = zt.zone_id
left join cluster_tenancies ct on ct.facility_id = f.id
left join clusters c on c.id = ct.cluster_id
left join lateral (
  select json_agg(json_build_object(
    'kind', ap.kind,
    'decisionNumber', ap.decision_number,
    'issuedOn', ap.issued_on,
    'validUntil', ap.valid_until,
    'status', case
      when ap.issued_on > $2::date then null
      when ap.revoked_on <= $2::date then 'REVOKED'
      when ap.valid_until < $2::date then 'EXPIRED'
      else 'VALID' end
  ) order by ap.issued_on desc, ap.id desc) as list
  from approvals ap where ap.facility_id = f.id
) a on true
cross join lateral (
  select count(*)::int as open from violations vi
  where vi.facility_id = f.id and vi.status in ('DETECTED', 'SANCTIONED')
) v`;

/** DONRE's slice of the dashboard, asked of the environment subgraph directly (shield on vs off). */
export const REGISTRY = `query Registry($first: Int!) {
  facilities(first: $first) {
    edges {
      node {
        id
        name
        taxCode
        address
        status
        highRiskSector
        startedOperationOn
        adminUnit { code name }
        sector { code name }
        approvals { kind decisionNumber issuedOn validUntil status }
      }
    }
  }
}`;

/** One facility across three agencies, through the gateway. */
export const FACILITY = `query Facility($id: ID!) {
  facility(id: $id) {
    id
    name
    status
    adminUnit { name }
    zone { name }
    cluster { name }
    violations { id detectedOn category status }
  }
}`;

/** The part of FACILITY the environment subgraph answers alone. */
export const FACILITY_ENVIRONMENT = `query Facility($id: ID!) {
  facility(id: $id) {
    id
    name
    status
    adminUnit { name }
  }
}`;

/** A station's series of one parameter, asked of the environment subgraph (f). */
export const READINGS = `query Readings($id: ID!, $parameter: String!, $from: DateTime!, $to: DateTime!) {
  monitoringStation(id: $id) {
    readings(parameter: $parameter, from: $from, to: $to, resolution: HOUR) {
      measuredAt
      value
      min
      max
      count
    }
  }
}`;

/** The plan's report as docs/plan-report.md shapes it, every indicator with its drill-down (i). */
export const PLAN_REPORT = `query PlanReport($period: String!) {
  planReport(period: $period) {
    period
    indicators {
      code
      title
      target
      numerator
      denominator
      value
      met
      items { meets reason subject { __typename } }
    }
    tasks { number title status }
  }
}`;
