import { graphql } from './gql';

export const PlanReportQuery = graphql(`
  query ConsolePlanReport($period: String!, $adminUnit: String) {
    planReport(period: $period, adminUnit: $adminUnit) {
      id
      period
      periodStart
      periodEnd
      adminUnit { code name }
      indicators {
        code
        title
        titleEn
        target
        numerator
        denominator
        value
        met
        due
        note
        noteVi
        owner
        itemsWithheld
        items {
          meets
          reason
          reasonVi
          numerator
          denominator
          subject {
            __typename
            ... on Facility { id name }
            ... on IndustrialZone { id name }
            ... on IndustrialCluster { id name }
            ... on InvestmentProject { id projectName: name }
            ... on ClusterInvestmentProject { id projectName: name }
          }
        }
      }
      tasks { number title leadAgency partnerAgencies timeFrame status notes { notedOn note } }
    }
  }
`);

export const QuarterValuesQuery = graphql(`
  query ConsoleQuarterValues($period: String!, $adminUnit: String) {
    planReport(period: $period, adminUnit: $adminUnit) {
      id
      period
      periodStart
      periodEnd
      indicators { code value target met due }
    }
  }
`);

/** The units a page may be asked for: the communes and wards in force today, and the former districts. */
export const UnitsQuery = graphql(`
  query ConsoleUnits($today: Date!, $lastDayOfDistricts: Date!) {
    communes: adminUnits(filter: { level: COMMUNE, at: $today }, first: 200) {
      edges { node { code name } }
    }
    districts: adminUnits(filter: { level: DISTRICT, at: $lastDayOfDistricts }, first: 50) {
      edges { node { code name } }
    }
  }
`);

export const FacilitySearchQuery = graphql(`
  query ConsoleFacilitySearch($filter: FacilityFilter) {
    facilities(filter: $filter, first: 30) {
      edges {
        node {
          id
          name
          address
          status
          highRiskSector
          sector { code name nameEn }
          adminUnit { code name }
        }
      }
    }
  }
`);

export const FacilityProfileQuery = graphql(`
  query ConsoleFacilityProfile($id: ID!) {
    facility(id: $id) {
      id
      name
      taxCode
      address
      status
      setting
      highRiskSector
      sector { code name nameEn }
      adminUnit { code name }
      legalRepresentative { fullName }
      approvals { id kind decisionNumber issuedOn }
      zone { code name }
      cluster { id name }
      relocation { id status deadline overdue }
      violations { id detectedOn category legalBasis status sanction { __typename } }
      openViolationCount
      hazardousWaste { id code issuedOn }
      seriousPollution { id decision listedOn resolution }
      monitoringStations { id code name }
    }
  }
`);

export const StationReadingsQuery = graphql(`
  query ConsoleStationReadings(
    $id: ID!
    $parameter: String!
    $from: DateTime!
    $to: DateTime!
    $resolution: Resolution!
    $withGaps: Boolean!
  ) {
    monitoringStation(id: $id) {
      id
      code
      name
      parameters { code name unit }
      limits { parameter min max }
      readings(parameter: $parameter, from: $from, to: $to, resolution: $resolution) {
        measuredAt
        value
        min
        max
        count
      }
      gaps(from: $from, to: $to) @include(if: $withGaps) { from to }
    }
  }
`);

/**
 * The zones and clusters page: each with its plant and tenants, and the
 * standalone facilities, each with the location the registry holds (zones
 * and clusters have none of their own: the map places them by their tenants).
 */
export const ZonesAndClustersQuery = graphql(`
  query ConsoleZonesAndClusters {
    zones(first: 50) {
      totalCount
      edges {
        node {
          id
          code
          name
          kind
          status
          areaHa
          occupancyPercent
          adminUnit { code name }
          tenantCount
          wastewaterPlant {
            status
            capacityM3PerDay
            commissionedOn
            compliant
            autoMonitoring
            deadline { dueBy met }
          }
          facilities { id name location { latitude longitude } }
        }
      }
    }
    clusters(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          status
          areaHa
          occupancyPercent
          adminUnit { code name }
          tenantCount
          wastewaterPlant { status capacityM3PerDay commissionedOn compliant autoMonitoring }
          facilities { id name location { latitude longitude } }
        }
      }
    }
    standalone: facilities(filter: { setting: STANDALONE }, first: 1000) {
      totalCount
      edges { node { id name location { latitude longitude } } }
    }
  }
`);

/**
 * The stations of an area (a commune, a former district and what was formed
 * from it, or the city), each with its newest reading at `at`: one request
 * for the list and every station's latest state.
 */
export const AreaStationsQuery = graphql(`
  query ConsoleAreaStations($filter: MonitoringStationFilter, $at: DateTime) {
    monitoringStations(filter: $filter, first: 200) {
      totalCount
      edges {
        node {
          id
          code
          name
          kind
          adminUnit { code name }
          facility { id name }
          zone { id name }
          cluster { id name }
          parameters { code }
          lastReadingAt(at: $at)
        }
      }
    }
  }
`);

/** A station's readings beyond their limit in a window (the day before its latest reading). */
export const StationExceedancesQuery = graphql(`
  query ConsoleStationExceedances($id: ID!, $from: DateTime!, $to: DateTime!) {
    monitoringStation(id: $id) {
      id
      exceedances(from: $from, to: $to) { parameter value limit measuredAt }
    }
  }
`);

export const SubmitCitizenReportMutation = graphql(`
  mutation ConsoleSubmitCitizenReport($input: SubmitCitizenReportInput!) {
    submitCitizenReport(input: $input) { trackingCode status dueBy }
  }
`);

export const CitizenReportStatusQuery = graphql(`
  query ConsoleCitizenReport($trackingCode: String!) {
    citizenReport(trackingCode: $trackingCode) {
      kind
      status
      receivedOn
      dueBy
      overdue
      assignedAgency
      recordRef
      answer
      timeline { step at agency note dueOn }
      correction { summary correctedAt }
    }
  }
`);

/** A page of the caller's notifications, newest first, each with its subject as its agency holds it. */
export const NotificationsQuery = graphql(`
  query ConsoleNotifications($after: String) {
    notifications(first: 20, after: $after) {
      edges {
        node {
          id
          type
          occurredAt
          agency
          summary
          summaryVi
          facility { id name }
          zone { id name }
          cluster { id name }
          adminUnit { code name }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** The caller's watches, with their webhooks' latest deliveries. */
export const WatchesQuery = graphql(`
  query ConsoleWatches {
    watches {
      id
      name
      events
      adminUnitCodes
      facilityIds
      webhookUrl
      active
      pausedReason
      deliveries(first: 3) { edges { node { id status deliveredAt attempts { number statusCode } } } }
    }
  }
`);

export const CreateWatchMutation = graphql(`
  mutation ConsoleCreateWatch($input: CreateWatchInput!) {
    createWatch(input: $input) { id name events adminUnitCodes facilityIds webhookUrl active pausedReason }
  }
`);

export const DeleteWatchMutation = graphql(`
  mutation ConsoleDeleteWatch($id: ID!) {
    deleteWatch(id: $id)
  }
`);
