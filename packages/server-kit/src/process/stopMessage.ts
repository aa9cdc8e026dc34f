/**
 * What a launcher posts to a service it runs in a worker thread instead of
 * sending SIGTERM (signals reach a process, not its threads): the service
 * stops as it does on SIGTERM — HTTP drained, Apollo stopped, its database
 * closed — and its thread ends.
 */
export const STOP_MESSAGE = 'ipc-hub:stop';
