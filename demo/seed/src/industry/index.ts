export { generateIndustrySeed } from './generateIndustrySeed';
export type * from './types';
