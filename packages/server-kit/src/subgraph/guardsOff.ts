/**
 * Guards a subgraph can be started without, for `pnpm bench` only: it prices
 * them by running the same subgraph with and without (docs/limits.md). Not
 * read from the environment: only code that calls `startSubgraph` with this
 * option (the bench's own entry file) can turn a guard off, and a process
 * with NODE_ENV=production refuses to start so.
 */
export interface GuardsOff {
  /** accept calls without the gateway's proof (HUB_SUBGRAPH_SECRET not checked) */
  gatewayProof?: boolean;
  /** no depth, alias, directive, token, cost or representation limits in this subgraph */
  queryLimits?: boolean;
}

/** The guards `off` turns off, by name; throws when that is asked of a production process. */
export function guardsTurnedOff(nodeEnv: string, off: GuardsOff | undefined): string[] {
  const names = Object.entries(off ?? {})
    .filter(([, isOff]) => isOff === true)
    .map(([name]) => name);
  if (names.length > 0 && nodeEnv === 'production') {
    throw new Error(
      `refusing to start a subgraph without ${names.join(' and ')} when NODE_ENV=production (a benchmark setting)`,
    );
  }
  return names;
}
