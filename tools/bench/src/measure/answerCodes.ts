import type { Timed } from '../load/GraphQLClient';

/**
 * How one answer went, in a word: `answered` (HTTP 200, data, no errors),
 * else its first error's code (QUERY_TOO_COSTLY, RATE_LIMITED, …), else
 * `HTTP <status>`.
 */
export function answerCode(answer: Pick<Timed, 'status' | 'body'>): string {
  let parsed: { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> };
  try {
    parsed = JSON.parse(answer.body) as typeof parsed;
  } catch {
    return `HTTP ${answer.status}`;
  }
  const code = parsed.errors?.[0]?.extensions?.code;
  if (typeof code === 'string') return code;
  if (answer.status === 200 && !parsed.errors?.length && parsed.data != null) return 'answered';
  return `HTTP ${answer.status}`;
}

/** `codes` counted, most frequent first. */
export function tally(codes: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/**
 * The subgraph calls the attack made: all counted while it ran, less the
 * other caller's, at the calls per request that caller made alone. Never
 * below zero (the other caller's count is a measured rate, not a promise).
 */
export function attackCalls(
  callsDuring: number,
  officerRequestsDuring: number,
  officerCallsPerRequest: number,
): number {
  return Math.max(0, Math.round(callsDuring - officerRequestsDuring * officerCallsPerRequest));
}
