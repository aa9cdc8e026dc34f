export { callerKey, callerTokens } from './callerTokens';
export { type Caller, type DashboardRequest, dashboardMix, type MixSubjects } from './dashboardMix';
export { formatReport, type MemoryRow } from './formatReport';
export { isLoopback } from './isLoopback';
export { LatencyRecorder, type LatencySummary } from './LatencyRecorder';
export { residentBytes } from './processMemory';
export { type LoadOptions, type LoadProgress, type LoadReport, runLoad } from './runLoad';
export { createSoakDatabases, type SoakDatabases } from './soakDatabases';
export {
  type HubProcess,
  type HubProcesses,
  SUBGRAPHS,
  startHubProcesses,
} from './startHubProcesses';
