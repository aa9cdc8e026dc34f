/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Loại hồ sơ môi trường / kind of environmental approval. */
export type ApprovalKind =
  /** đề án bảo vệ môi trường chi tiết */
  | 'DETAILED_PROTECTION_SCHEME'
  /** báo cáo đánh giá tác động môi trường (ĐTM) */
  | 'EIA_REPORT'
  /** giấy phép môi trường (Luật BVMT 2020) */
  | 'ENVIRONMENTAL_PERMIT'
  /** đăng ký môi trường (Luật BVMT 2020) */
  | 'ENVIRONMENTAL_REGISTRATION'
  /** cam kết bảo vệ môi trường */
  | 'PROTECTION_COMMITMENT'
  /** kế hoạch bảo vệ môi trường */
  | 'PROTECTION_PLAN'
  /** đề án bảo vệ môi trường đơn giản */
  | 'SIMPLE_PROTECTION_SCHEME';

/** Loại phản ánh / what a report is about. */
export type CitizenReportKind =
  /** báo sai sót dữ liệu: an error in one record of the hub */
  | 'DATA_ERROR'
  /** phản ánh ô nhiễm: pollution observed at a facility or a place */
  | 'POLLUTION_COMPLAINT';

export type CitizenReportStatus =
  | 'ANSWERED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'RECEIVED'
  | 'REJECTED';

/** Bước xử lý / one entry of a report's timeline. */
export type CitizenReportStep =
  | 'ANSWERED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'CORRECTED'
  /** a step the answer plans, with the date it is due */
  | 'PLANNED'
  | 'RECEIVED'
  | 'REJECTED';

export type ClusterStatus =
  | 'OPERATING'
  | 'PLANNED'
  | 'UNDER_CONSTRUCTION';

export type CreateWatchInput = {
  /** an AREA officer: its own units only (absent: all of them) */
  adminUnitCodes?: Array<string> | null | undefined;
  events: Array<HubEventType>;
  /** an OPERATOR: its own facilities only */
  facilityIds?: Array<string | number> | null | undefined;
  name: string;
  /** the HMAC-SHA256 key of the signature, 32 to 256 characters; required with webhookUrl */
  webhookSecret?: string | null | undefined;
  /** http(s); private and loopback addresses are refused in production */
  webhookUrl?: string | null | undefined;
};

export type DeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

export type FacilityFilter = {
  /** The unit and every unit under it. */
  adminUnitCode?: string | null | undefined;
  highRiskSector?: boolean | null | undefined;
  /** Tên, mã số thuế hoặc địa chỉ, không dấu cũng được / name, tax code or address, accent-insensitive ("det nhuom" finds "Dệt Nhuộm"); results by relevance. */
  search?: string | null | undefined;
  sectorCode?: string | null | undefined;
  setting?: FacilitySetting | null | undefined;
  status?: FacilityStatus | null | undefined;
};

export type FacilitySetting =
  /** trong cụm công nghiệp / in an industrial cluster */
  | 'CLUSTER'
  /** ngoài khu, cụm công nghiệp / standalone, often in a residential area */
  | 'STANDALONE'
  /** trong khu công nghiệp / in an industrial zone */
  | 'ZONE';

export type FacilityStatus =
  | 'CLOSED'
  | 'OPERATING'
  | 'RELOCATED'
  | 'SUSPENDED'
  | 'UNDER_CONSTRUCTION';

/** Loại sự kiện / what the hub tells watchers about, each recorded by the agency whose change it is. */
export type HubEventType =
  | 'APPROVAL_EXPIRING'
  | 'CITIZEN_REPORT_RECEIVED'
  | 'EXCEEDANCE'
  | 'PLANT_STATUS_CHANGED'
  | 'RELOCATION_STATUS_CHANGED'
  | 'SANCTION_ISSUED'
  | 'SERIOUS_POLLUTER_LISTED'
  | 'TRANSMISSION_GAP'
  | 'VIOLATION_PUBLISHED'
  | 'VIOLATION_RECORDED';

export type MonitoringStationFilter = {
  /** The unit and every unit under it. */
  adminUnitCode?: string | null | undefined;
  clusterId?: string | number | null | undefined;
  code?: string | null | undefined;
  facilityId?: string | number | null | undefined;
  kind?: StationKind | null | undefined;
  zoneId?: string | number | null | undefined;
};

export type PlanTaskStatus =
  | 'COMPLETED'
  /** chậm tiến độ */
  | 'DELAYED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type PlantStatus =
  | 'NONE'
  | 'OPERATING'
  | 'UNDER_CONSTRUCTION';

export type PolluterResolution =
  /** đã đóng cửa */
  | 'CLOSED'
  /** chưa xử lý xong */
  | 'PENDING'
  /** đã di dời */
  | 'RELOCATED'
  /** đã xử lý triệt để */
  | 'THOROUGHLY_TREATED';

/** Tình trạng hồ sơ di dời / where a relocation case stands. */
export type RelocationStatus =
  /** đã hủy / cancelled (closed, or pollution treated on site) */
  | 'CANCELLED'
  /** đã di dời xong / moved */
  | 'COMPLETED'
  /** đang di dời / moving */
  | 'IN_PROGRESS'
  /** đã lập kế hoạch / planned */
  | 'PLANNED';

/** Độ phân giải / every reading, or per hour, or per day (Vietnam time). */
export type Resolution =
  | 'DAY'
  | 'HOUR'
  | 'RAW';

/** Loại trạm / what a station monitors. */
export type StationKind =
  /** khí thải / stack gas */
  | 'STACK_GAS'
  /** nước thải / wastewater */
  | 'WASTEWATER';

export type SubmitCitizenReportInput = {
  /** a complaint without a facility: the commune where it happens */
  adminUnitCode?: string | null | undefined;
  contactEmail?: string | null | undefined;
  /** personal data: read by the handling agency only */
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** what was seen or what is wrong, 10 to 4 000 characters */
  description: string;
  /** a complaint: the facility concerned (DONRE's registry) */
  facilityId?: string | number | null | undefined;
  kind: CitizenReportKind;
  /** a data error: the record, as Type:id (Facility, Violation, Inspection, IndustrialZone, IndustrialCluster) */
  recordRef?: string | null | undefined;
};

export type ViolationCategory =
  /** xả khí thải vượt quy chuẩn */
  | 'EMISSION_EXCEEDANCE'
  /** vi phạm quản lý chất thải nguy hại */
  | 'HAZARDOUS_WASTE'
  /** không vận hành quan trắc tự động */
  | 'MONITORING_NOT_OPERATED'
  /** không có hồ sơ, thủ tục môi trường */
  | 'NO_ENVIRONMENTAL_APPROVAL'
  /** không có giấy phép */
  | 'NO_PERMIT'
  | 'OTHER'
  /** xả nước thải vượt quy chuẩn */
  | 'WASTEWATER_EXCEEDANCE';

/** Open = DETECTED or SANCTIONED. */
export type ViolationStatus =
  /** đã phát hiện */
  | 'DETECTED'
  /** không xử lý */
  | 'DISMISSED'
  /** đã khởi tố */
  | 'PROSECUTED'
  /** đã khắc phục */
  | 'REMEDIED'
  /** đã xử phạt */
  | 'SANCTIONED';

export type ZoneKind =
  /** khu chế xuất */
  | 'EXPORT_PROCESSING_ZONE'
  /** khu công nghệ cao */
  | 'HIGH_TECH_PARK'
  /** khu công nghiệp */
  | 'INDUSTRIAL_ZONE';

export type ZoneStatus =
  /** đang hoạt động / operating */
  | 'OPERATING'
  /** quy hoạch / planned */
  | 'PLANNED'
  /** đang xây dựng hạ tầng / infrastructure under construction */
  | 'UNDER_CONSTRUCTION';

export type ConsolePlanReportQueryVariables = Exact<{
  period: string;
  adminUnit?: string | null | undefined;
}>;


export type ConsolePlanReportQuery = { planReport: { id: string, period: string, periodStart: string, periodEnd: string, adminUnit: { code: string, name: string } | null, indicators: Array<{ code: string, title: string, titleEn: string, target: number, numerator: number, denominator: number, value: number | null, met: boolean, due: boolean, note: string | null, noteVi: string | null, owner: string, itemsWithheld: number, items: Array<{ meets: boolean, reason: string | null, reasonVi: string | null, numerator: number, denominator: number, subject:
          | { __typename: 'ClusterInvestmentProject', id: string, projectName: string | null }
          | { __typename: 'Facility', id: string, name: string }
          | { __typename: 'IndustrialCluster', id: string, name: string }
          | { __typename: 'IndustrialZone', id: string, name: string }
          | { __typename: 'InvestmentProject', id: string, projectName: string | null }
         }> }>, tasks: Array<{ number: number, title: string, leadAgency: string, partnerAgencies: string, timeFrame: string, status: PlanTaskStatus, notes: Array<{ notedOn: string, note: string }> }> } };

export type ConsoleQuarterValuesQueryVariables = Exact<{
  period: string;
  adminUnit?: string | null | undefined;
}>;


export type ConsoleQuarterValuesQuery = { planReport: { id: string, period: string, periodStart: string, periodEnd: string, indicators: Array<{ code: string, value: number | null, target: number, met: boolean, due: boolean }> } };

export type ConsoleUnitsQueryVariables = Exact<{
  today: string;
  lastDayOfDistricts: string;
}>;


export type ConsoleUnitsQuery = { communes: { edges: Array<{ node: { code: string, name: string } }> }, districts: { edges: Array<{ node: { code: string, name: string } }> } };

export type ConsoleFacilitySearchQueryVariables = Exact<{
  filter?: FacilityFilter | null | undefined;
}>;


export type ConsoleFacilitySearchQuery = { facilities: { edges: Array<{ node: { id: string, name: string, address: string, status: FacilityStatus, highRiskSector: boolean, sector: { code: string, name: string, nameEn: string }, adminUnit: { code: string, name: string } } }> } };

export type ConsoleFacilityProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleFacilityProfileQuery = { facility: { id: string, name: string, taxCode: string, address: string, status: FacilityStatus, setting: FacilitySetting, highRiskSector: boolean, openViolationCount: number | null, sector: { code: string, name: string, nameEn: string }, adminUnit: { code: string, name: string }, legalRepresentative: { fullName: string | null } | null, approvals: Array<{ id: string, kind: ApprovalKind | null, decisionNumber: string | null, issuedOn: string | null }> | null, zone: { code: string, name: string } | null, cluster: { id: string, name: string } | null, relocation: { id: string, status: RelocationStatus | null, deadline: string | null, overdue: boolean | null } | null, violations: Array<{ id: string, detectedOn: string, category: ViolationCategory, legalBasis: string, status: ViolationStatus, sanction: { __typename: 'Sanction' } | null }> | null, hazardousWaste: { id: string, code: string | null, issuedOn: string | null } | null, seriousPollution: Array<{ id: string, decision: string, listedOn: string, resolution: PolluterResolution }> | null, monitoringStations: Array<{ id: string, code: string | null, name: string | null }> | null } | null };

export type ConsoleStationReadingsQueryVariables = Exact<{
  id: string | number;
  parameter: string;
  from: string;
  to: string;
  resolution: Resolution;
  withGaps: boolean;
}>;


export type ConsoleStationReadingsQuery = { monitoringStation: { id: string, code: string | null, name: string | null, parameters: Array<{ code: string, name: string, unit: string }> | null, limits: Array<{ parameter: string, min: number | null, max: number }> | null, readings: Array<{ measuredAt: string, value: number, min: number | null, max: number | null, count: number }> | null, gaps?: Array<{ from: string, to: string }> | null } | null };

export type ConsoleZonesAndClustersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleZonesAndClustersQuery = { zones: { totalCount: number, edges: Array<{ node: { id: string, code: string, name: string, kind: ZoneKind, status: ZoneStatus, areaHa: number | null, occupancyPercent: number | null, tenantCount: number, adminUnit: { code: string, name: string }, wastewaterPlant: { status: PlantStatus, capacityM3PerDay: number | null, commissionedOn: string | null, compliant: boolean, autoMonitoring: boolean, deadline: { dueBy: string, met: boolean | null } | null }, facilities: Array<{ id: string, name: string, location: { latitude: number, longitude: number } | null }> } }> }, clusters: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: ClusterStatus, areaHa: number | null, occupancyPercent: number | null, tenantCount: number, adminUnit: { code: string, name: string }, wastewaterPlant: { status: PlantStatus, capacityM3PerDay: number | null, commissionedOn: string | null, compliant: boolean, autoMonitoring: boolean }, facilities: Array<{ id: string, name: string, location: { latitude: number, longitude: number } | null }> } }> }, standalone: { totalCount: number, edges: Array<{ node: { id: string, name: string, location: { latitude: number, longitude: number } | null } }> } };

export type ConsoleAreaStationsQueryVariables = Exact<{
  filter?: MonitoringStationFilter | null | undefined;
  at?: string | null | undefined;
}>;


export type ConsoleAreaStationsQuery = { monitoringStations: { totalCount: number, edges: Array<{ node: { id: string, code: string | null, name: string | null, kind: StationKind | null, lastReadingAt: string | null, adminUnit: { code: string, name: string } | null, facility: { id: string, name: string } | null, zone: { id: string, name: string } | null, cluster: { id: string, name: string } | null, parameters: Array<{ code: string }> | null } }> } | null };

export type ConsoleStationExceedancesQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type ConsoleStationExceedancesQuery = { monitoringStation: { id: string, exceedances: Array<{ parameter: string, value: number, limit: number, measuredAt: string }> | null } | null };

export type ConsoleSubmitCitizenReportMutationVariables = Exact<{
  input: SubmitCitizenReportInput;
}>;


export type ConsoleSubmitCitizenReportMutation = { submitCitizenReport: { trackingCode: string, status: CitizenReportStatus, dueBy: string } };

export type ConsoleCitizenReportQueryVariables = Exact<{
  trackingCode: string;
}>;


export type ConsoleCitizenReportQuery = { citizenReport: { kind: CitizenReportKind, status: CitizenReportStatus, receivedOn: string, dueBy: string, overdue: boolean, assignedAgency: string, recordRef: string | null, answer: string | null, timeline: Array<{ step: CitizenReportStep, at: string, agency: string | null, note: string | null, dueOn: string | null }>, correction: { summary: string, correctedAt: string } | null } | null };

export type ConsoleNotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleNotificationsQuery = { notifications: { edges: Array<{ node: { id: string, type: HubEventType, occurredAt: string, agency: string, summary: string, summaryVi: string, facility: { id: string, name: string } | null, zone: { id: string, name: string } | null, cluster: { id: string, name: string } | null, adminUnit: { code: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConsoleWatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleWatchesQuery = { watches: Array<{ id: string, name: string, events: Array<HubEventType>, adminUnitCodes: Array<string>, facilityIds: Array<string>, webhookUrl: string | null, active: boolean, pausedReason: string | null, deliveries: { edges: Array<{ node: { id: string, status: DeliveryStatus, deliveredAt: string | null, attempts: Array<{ number: number, statusCode: number | null }> } }> } }> };

export type ConsoleCreateWatchMutationVariables = Exact<{
  input: CreateWatchInput;
}>;


export type ConsoleCreateWatchMutation = { createWatch: { id: string, name: string, events: Array<HubEventType>, adminUnitCodes: Array<string>, facilityIds: Array<string>, webhookUrl: string | null, active: boolean, pausedReason: string | null } };

export type ConsoleDeleteWatchMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteWatchMutation = { deleteWatch: boolean };


export const ConsolePlanReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePlanReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adminUnit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"adminUnit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adminUnit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"adminUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"noteVi"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"itemsWithheld"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meets"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonVi"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndustrialZone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndustrialCluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvestmentProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"projectName"},"name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterInvestmentProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"projectName"},"name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadAgency"}},{"kind":"Field","name":{"kind":"Name","value":"partnerAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"timeFrame"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePlanReportQuery, ConsolePlanReportQueryVariables>;
export const ConsoleQuarterValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleQuarterValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adminUnit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"adminUnit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adminUnit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleQuarterValuesQuery, ConsoleQuarterValuesQueryVariables>;
export const ConsoleUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"today"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastDayOfDistricts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"communes"},"name":{"kind":"Name","value":"adminUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COMMUNE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"districts"},"name":{"kind":"Name","value":"adminUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"DISTRICT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastDayOfDistricts"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUnitsQuery, ConsoleUnitsQueryVariables>;
export const ConsoleFacilitySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFacilitySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FacilityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"highRiskSector"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFacilitySearchQuery, ConsoleFacilitySearchQueryVariables>;
export const ConsoleFacilityProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFacilityProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"highRiskSector"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"detectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openViolationCount"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousWaste"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seriousPollution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFacilityProfileQuery, ConsoleFacilityProfileQueryVariables>;
export const ConsoleStationReadingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleStationReadings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parameter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Resolution"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withGaps"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringStation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parameter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parameter"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withGaps"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleStationReadingsQuery, ConsoleStationReadingsQueryVariables>;
export const ConsoleZonesAndClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleZonesAndClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyPercent"}},{"kind":"Field","name":{"kind":"Name","value":"adminUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenantCount"}},{"kind":"Field","name":{"kind":"Name","value":"wastewaterPlant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"commissionedOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"autoMonitoring"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"areaHa"}},{"kind":"Field","name":{"kind":"Name","value":"occupancyPercent"}},{"kind":"Field","name":{"kind":"Name","value":"adminUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenantCount"}},{"kind":"Field","name":{"kind":"Name","value":"wastewaterPlant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacityM3PerDay"}},{"kind":"Field","name":{"kind":"Name","value":"commissionedOn"}},{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"autoMonitoring"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"standalone"},"name":{"kind":"Name","value":"facilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"setting"},"value":{"kind":"EnumValue","value":"STANDALONE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleZonesAndClustersQuery, ConsoleZonesAndClustersQueryVariables>;
export const ConsoleAreaStationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAreaStations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringStationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringStations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"adminUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastReadingAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAreaStationsQuery, ConsoleAreaStationsQueryVariables>;
export const ConsoleStationExceedancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleStationExceedances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitoringStation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exceedances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameter"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleStationExceedancesQuery, ConsoleStationExceedancesQueryVariables>;
export const ConsoleSubmitCitizenReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSubmitCitizenReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCitizenReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCitizenReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}}]}}]}}]} as unknown as DocumentNode<ConsoleSubmitCitizenReportMutation, ConsoleSubmitCitizenReportMutationVariables>;
export const ConsoleCitizenReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCitizenReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizenReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgency"}},{"kind":"Field","name":{"kind":"Name","value":"recordRef"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCitizenReportQuery, ConsoleCitizenReportQueryVariables>;
export const ConsoleNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"summaryVi"}},{"kind":"Field","name":{"kind":"Name","value":"facility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adminUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleNotificationsQuery, ConsoleNotificationsQueryVariables>;
export const ConsoleWatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"adminUnitCodes"}},{"kind":"Field","name":{"kind":"Name","value":"facilityIds"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWatchesQuery, ConsoleWatchesQueryVariables>;
export const ConsoleCreateWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"adminUnitCodes"}},{"kind":"Field","name":{"kind":"Name","value":"facilityIds"}},{"kind":"Field","name":{"kind":"Name","value":"webhookUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"pausedReason"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateWatchMutation, ConsoleCreateWatchMutationVariables>;
export const ConsoleDeleteWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteWatchMutation, ConsoleDeleteWatchMutationVariables>;