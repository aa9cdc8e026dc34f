/**
 * Automatic monitoring's write path, for callers outside the subgraph
 * (benchmarks, jobs): the batch insert of readings, the ingestion of data
 * files, the folder import.
 */
export {
  type FolderImportReport,
  importMonitoringFolder,
} from './files/importMonitoringFolder';
export {
  type FileOutcome,
  type IngestResult,
  type MonitoringFileInput,
  MonitoringIngestion,
} from './files/MonitoringIngestion';
export { ingestReadings, type ReadingRow } from './readings/ingestReadings';
export { writeSimulatedFiles } from './simulation/writeSimulatedFiles';
