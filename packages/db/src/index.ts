export { alignMany, alignOne, loadByUuids, loadManyByUuids } from './alignToKeys';
export { constraintViolation } from './constraintViolation';
export { BinaryCopy, type CopyColumnType, copyFromStdin, copyInto, copyToStdout } from './copy';
export { cursorValueFits, isColumnInteger, isStorableText } from './cursorValueFits';
export { DataLoaderOptions } from './DataLoaderOptions';
export { equalsAny, equalsAnyOrAll } from './equalsAny';
export { insertInChunks } from './insertInChunks';
export { isCalendarDate } from './isCalendarDate';
export { isUuid } from './isUuid';
export { badCursor, keysetAfter } from './keysetAfter';
export { countWhere, keysetPage, type ListOrder } from './keysetPage';
export { matchesUuid } from './matchesUuid';
export {
  type Database,
  type DatabaseDriver,
  type DatabaseHandle,
  type OpenDatabaseOptions,
  openDatabase,
} from './openDatabase';
export {
  type Connection,
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  loadConnection,
  MAX_PAGE_SIZE,
  type PageArgs,
  type PageWindow,
  pageWindow,
  toConnection,
  toPage,
} from './pagination';
export { isQueryCanceled, RequestGuard, type RequestLimits } from './requestGuard';
export { type RequestScope, requestScope } from './requestScope';
export { reusedStatement } from './reusedStatement';
export {
  findRowsByIds,
  insertRow,
  lockRowById,
  type TableWithUuid,
  type TableWithUuidAndUpdatedAt,
  updateRowById,
} from './rowsById';
export { seedIfEmpty } from './seedIfEmpty';
export { changesKeptState, type HistoryTable, historyColumns, recordState } from './stateHistory';
export { TenancyQueries, type TenancyTables } from './TenancyQueries';
export { timestampColumns } from './timestampColumns';
export { plantStatusEnum, wastewaterPlantColumns } from './wastewaterPlantColumns';
