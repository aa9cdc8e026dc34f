/**
 * `@ipc-hub/server-kit/launch`: what a launcher of the services needs,
 * without the rest of the kit (Apollo, the database drivers), so that a
 * process that only starts others stays small.
 */

export { type ReadinessTarget, waitUntilReady } from './http/waitUntilReady';
export { eachLine } from './process/eachLine';
export { STOP_MESSAGE } from './process/stopMessage';
export { PREPARE_ONLY_FLAG } from './subgraph/prepareOnlyFlag';
