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
      indicators { code value target met due }
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
  query ConsoleStationReadings($id: ID!, $parameter: String!, $from: DateTime!, $to: DateTime!) {
    monitoringStation(id: $id) {
      id
      code
      name
      parameters { code name unit }
      limits { parameter min max }
      readings(parameter: $parameter, from: $from, to: $to, resolution: HOUR) { measuredAt value }
    }
  }
`);
