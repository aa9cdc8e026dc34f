/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsolePlanReport($period: String!, $adminUnit: String) {\n    planReport(period: $period, adminUnit: $adminUnit) {\n      id\n      period\n      periodStart\n      periodEnd\n      adminUnit { code name }\n      indicators {\n        code\n        title\n        titleEn\n        target\n        numerator\n        denominator\n        value\n        met\n        due\n        note\n        noteVi\n        owner\n        itemsWithheld\n        items {\n          meets\n          reason\n          reasonVi\n          numerator\n          denominator\n          subject {\n            __typename\n            ... on Facility { id name }\n            ... on IndustrialZone { id name }\n            ... on IndustrialCluster { id name }\n            ... on InvestmentProject { id projectName: name }\n          }\n        }\n      }\n      tasks { number title leadAgency partnerAgencies timeFrame status notes { notedOn note } }\n    }\n  }\n": typeof types.ConsolePlanReportDocument,
    "\n  query ConsoleQuarterValues($period: String!, $adminUnit: String) {\n    planReport(period: $period, adminUnit: $adminUnit) {\n      id\n      period\n      indicators { code value target met due }\n    }\n  }\n": typeof types.ConsoleQuarterValuesDocument,
    "\n  query ConsoleFacilitySearch($filter: FacilityFilter) {\n    facilities(filter: $filter, first: 30) {\n      edges {\n        node {\n          id\n          name\n          address\n          highRiskSector\n          sector { code name nameEn }\n          adminUnit { code name }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleFacilitySearchDocument,
    "\n  query ConsoleFacilityProfile($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      taxCode\n      address\n      status\n      setting\n      highRiskSector\n      sector { code name nameEn }\n      adminUnit { code name }\n      legalRepresentative { fullName }\n      approvals { id kind decisionNumber issuedOn }\n      zone { code name }\n      cluster { id name }\n      relocation { id status deadline overdue }\n      violations { id detectedOn category legalBasis status sanction { __typename } }\n      openViolationCount\n      hazardousWaste { id code issuedOn }\n      seriousPollution { id decision listedOn resolution }\n      monitoringStations { id code name }\n    }\n  }\n": typeof types.ConsoleFacilityProfileDocument,
    "\n  query ConsoleStationReadings($id: ID!, $parameter: String!, $from: DateTime!, $to: DateTime!) {\n    monitoringStation(id: $id) {\n      id\n      code\n      name\n      parameters { code name unit }\n      limits { parameter min max }\n      readings(parameter: $parameter, from: $from, to: $to, resolution: HOUR) { measuredAt value }\n    }\n  }\n": typeof types.ConsoleStationReadingsDocument,
};
const documents: Documents = {
    "\n  query ConsolePlanReport($period: String!, $adminUnit: String) {\n    planReport(period: $period, adminUnit: $adminUnit) {\n      id\n      period\n      periodStart\n      periodEnd\n      adminUnit { code name }\n      indicators {\n        code\n        title\n        titleEn\n        target\n        numerator\n        denominator\n        value\n        met\n        due\n        note\n        noteVi\n        owner\n        itemsWithheld\n        items {\n          meets\n          reason\n          reasonVi\n          numerator\n          denominator\n          subject {\n            __typename\n            ... on Facility { id name }\n            ... on IndustrialZone { id name }\n            ... on IndustrialCluster { id name }\n            ... on InvestmentProject { id projectName: name }\n          }\n        }\n      }\n      tasks { number title leadAgency partnerAgencies timeFrame status notes { notedOn note } }\n    }\n  }\n": types.ConsolePlanReportDocument,
    "\n  query ConsoleQuarterValues($period: String!, $adminUnit: String) {\n    planReport(period: $period, adminUnit: $adminUnit) {\n      id\n      period\n      indicators { code value target met due }\n    }\n  }\n": types.ConsoleQuarterValuesDocument,
    "\n  query ConsoleFacilitySearch($filter: FacilityFilter) {\n    facilities(filter: $filter, first: 30) {\n      edges {\n        node {\n          id\n          name\n          address\n          highRiskSector\n          sector { code name nameEn }\n          adminUnit { code name }\n        }\n      }\n    }\n  }\n": types.ConsoleFacilitySearchDocument,
    "\n  query ConsoleFacilityProfile($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      taxCode\n      address\n      status\n      setting\n      highRiskSector\n      sector { code name nameEn }\n      adminUnit { code name }\n      legalRepresentative { fullName }\n      approvals { id kind decisionNumber issuedOn }\n      zone { code name }\n      cluster { id name }\n      relocation { id status deadline overdue }\n      violations { id detectedOn category legalBasis status sanction { __typename } }\n      openViolationCount\n      hazardousWaste { id code issuedOn }\n      seriousPollution { id decision listedOn resolution }\n      monitoringStations { id code name }\n    }\n  }\n": types.ConsoleFacilityProfileDocument,
    "\n  query ConsoleStationReadings($id: ID!, $parameter: String!, $from: DateTime!, $to: DateTime!) {\n    monitoringStation(id: $id) {\n      id\n      code\n      name\n      parameters { code name unit }\n      limits { parameter min max }\n      readings(parameter: $parameter, from: $from, to: $to, resolution: HOUR) { measuredAt value }\n    }\n  }\n": types.ConsoleStationReadingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePlanReport($period: String!, $adminUnit: String) {\n    planReport(period: $period, adminUnit: $adminUnit) {\n      id\n      period\n      periodStart\n      periodEnd\n      adminUnit { code name }\n      indicators {\n        code\n        title\n        titleEn\n        target\n        numerator\n        denominator\n        value\n        met\n        due\n        note\n        noteVi\n        owner\n        itemsWithheld\n        items {\n          meets\n          reason\n          reasonVi\n          numerator\n          denominator\n          subject {\n            __typename\n            ... on Facility { id name }\n            ... on IndustrialZone { id name }\n            ... on IndustrialCluster { id name }\n            ... on InvestmentProject { id projectName: name }\n          }\n        }\n      }\n      tasks { number title leadAgency partnerAgencies timeFrame status notes { notedOn note } }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePlanReport($period: String!, $adminUnit: String) {\n    planReport(period: $period, adminUnit: $adminUnit) {\n      id\n      period\n      periodStart\n      periodEnd\n      adminUnit { code name }\n      indicators {\n        code\n        title\n        titleEn\n        target\n        numerator\n        denominator\n        value\n        met\n        due\n        note\n        noteVi\n        owner\n        itemsWithheld\n        items {\n          meets\n          reason\n          reasonVi\n          numerator\n          denominator\n          subject {\n            __typename\n            ... on Facility { id name }\n            ... on IndustrialZone { id name }\n            ... on IndustrialCluster { id name }\n            ... on InvestmentProject { id projectName: name }\n          }\n        }\n      }\n      tasks { number title leadAgency partnerAgencies timeFrame status notes { notedOn note } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleQuarterValues($period: String!, $adminUnit: String) {\n    planReport(period: $period, adminUnit: $adminUnit) {\n      id\n      period\n      indicators { code value target met due }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleQuarterValues($period: String!, $adminUnit: String) {\n    planReport(period: $period, adminUnit: $adminUnit) {\n      id\n      period\n      indicators { code value target met due }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFacilitySearch($filter: FacilityFilter) {\n    facilities(filter: $filter, first: 30) {\n      edges {\n        node {\n          id\n          name\n          address\n          highRiskSector\n          sector { code name nameEn }\n          adminUnit { code name }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleFacilitySearch($filter: FacilityFilter) {\n    facilities(filter: $filter, first: 30) {\n      edges {\n        node {\n          id\n          name\n          address\n          highRiskSector\n          sector { code name nameEn }\n          adminUnit { code name }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFacilityProfile($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      taxCode\n      address\n      status\n      setting\n      highRiskSector\n      sector { code name nameEn }\n      adminUnit { code name }\n      legalRepresentative { fullName }\n      approvals { id kind decisionNumber issuedOn }\n      zone { code name }\n      cluster { id name }\n      relocation { id status deadline overdue }\n      violations { id detectedOn category legalBasis status sanction { __typename } }\n      openViolationCount\n      hazardousWaste { id code issuedOn }\n      seriousPollution { id decision listedOn resolution }\n      monitoringStations { id code name }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleFacilityProfile($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n      taxCode\n      address\n      status\n      setting\n      highRiskSector\n      sector { code name nameEn }\n      adminUnit { code name }\n      legalRepresentative { fullName }\n      approvals { id kind decisionNumber issuedOn }\n      zone { code name }\n      cluster { id name }\n      relocation { id status deadline overdue }\n      violations { id detectedOn category legalBasis status sanction { __typename } }\n      openViolationCount\n      hazardousWaste { id code issuedOn }\n      seriousPollution { id decision listedOn resolution }\n      monitoringStations { id code name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleStationReadings($id: ID!, $parameter: String!, $from: DateTime!, $to: DateTime!) {\n    monitoringStation(id: $id) {\n      id\n      code\n      name\n      parameters { code name unit }\n      limits { parameter min max }\n      readings(parameter: $parameter, from: $from, to: $to, resolution: HOUR) { measuredAt value }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleStationReadings($id: ID!, $parameter: String!, $from: DateTime!, $to: DateTime!) {\n    monitoringStation(id: $id) {\n      id\n      code\n      name\n      parameters { code name unit }\n      limits { parameter min max }\n      readings(parameter: $parameter, from: $from, to: $to, resolution: HOUR) { measuredAt value }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;