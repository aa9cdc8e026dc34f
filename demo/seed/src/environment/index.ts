export { generateEnvironmentSeed } from './generateEnvironmentSeed';
export type * from './types';
