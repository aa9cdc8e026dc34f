export { type DataloggerStyle, dataloggerStyle } from './dataloggerStyle';
export { generateMonitoringSeed } from './generateMonitoringSeed';
export { arrivalFolder, monitoringFileContent, monitoringFileName } from './monitoringFile';
export {
  SEED_READING_DAYS,
  SEED_READING_END,
  SEED_READING_SEED,
  seedReadingWindow,
} from './seedReadingWindow';
export { type SimulationWindow, simulateStation } from './simulateStation';
export type * from './types';
export { vietnamMidnight, vietnamTimestamp } from './vietnamTimestamp';
