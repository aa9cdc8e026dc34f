/**
 * Options every per-request DataLoader of the hub uses. One `= ANY($1)` array
 * parameter carries the keys, so a batch is not bound by PostgreSQL's 65 535
 * parameters; the cap keeps one statement's result reasonable.
 */
export const DataLoaderOptions = { maxBatchSize: 5000 } as const;
