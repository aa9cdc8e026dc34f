export {
  type FineBand,
  type FineBandSubject,
  fineBandFor,
  foldLegalBasis,
  MAX_FINE_VND,
} from './fineBandFor';
export { generatePoliceSeed } from './generatePoliceSeed';
export type * from './types';
