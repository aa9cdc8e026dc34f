/**
 * Options every per-request DataLoader of the hub uses. A batch is one
 * statement whatever its size: its keys travel as one `= ANY($1)` array
 * parameter, so PostgreSQL's 65 535 parameters do not bound it, and
 * splitting it by count would make a request's statements grow with the
 * data (the plan's report and every `_entities` call must cost the same
 * number at any scale). What bounds a batch is its request, by the
 * gateway's cost limit.
 */
export const DataLoaderOptions = { maxBatchSize: Number.POSITIVE_INFINITY } as const;
