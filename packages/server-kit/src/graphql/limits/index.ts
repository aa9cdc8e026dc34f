export { CostIndex, type FieldCost, type ListSize } from './CostIndex';
export { type DocumentLimitOptions, documentLimits } from './documentLimits';
export { type CostEstimate, estimateCost, UNSIZED_LIST_LENGTH } from './estimateCost';
export { type QueryCostOptions, queryCostPlugin } from './queryCostPlugin';
export { type QueryLimits, queryLimits } from './queryLimits';
