/** The flag that makes a subgraph's process prepare its database and exit (see prepareSubgraph). */
export const PREPARE_ONLY_FLAG = '--prepare-only';
