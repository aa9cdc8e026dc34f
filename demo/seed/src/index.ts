export { generateHanoiSeed } from './generateHanoiSeed';
export { isValidTaxCode } from './isValidTaxCode';
export { plantColumns } from './plantColumns';
export type * from './types';
