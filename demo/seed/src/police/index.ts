export {
  article18Clauses,
  article18FineCells,
  article18FlowRows,
  type FineCell,
} from './data/wastewaterFineBands';
export {
  type FineBand,
  type FineBandSubject,
  fineBandFor,
  foldLegalBasis,
  type LegalBasisReference,
  MAX_FINE_VND,
  parseLegalBasis,
} from './fineBandFor';
export { generatePoliceSeed } from './generatePoliceSeed';
export type * from './types';
