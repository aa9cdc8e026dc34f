export { generateZonesSeed } from './generateZonesSeed';
export type * from './types';
