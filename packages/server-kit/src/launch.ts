/**
 * `@ipc-hub/server-kit/launch`: what a launcher of the services needs,
 * without the rest of the kit (Apollo, the database drivers), so that a
 * process that only starts others stays small.
 */
export { eachLine } from './eachLine';
export { PREPARE_ONLY_FLAG } from './prepareOnlyFlag';
export { STOP_MESSAGE } from './stopMessage';
export { type ReadinessTarget, waitUntilReady } from './waitUntilReady';
