import { z } from 'zod';

const count = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/**
 * The query limits, read alike by the gateway and every subgraph: the same
 * document gets the same verdict at the front door and at each agency
 * (docs/limits.md says how a cost is computed and why these defaults).
 */
export const queryLimitsConfigShape = {
  /** nesting of selections */
  QUERY_MAX_DEPTH: count(2, 100, 10),
  QUERY_MAX_ALIASES: count(0, 1000, 15),
  QUERY_MAX_DIRECTIVES: count(0, 1000, 10),
  /** tokens the parser reads before it gives up on a document */
  QUERY_MAX_TOKENS: count(50, 100_000, 1_000),
  /** the estimated cost a signed-in caller's document may have (objects in the answer, lists at their sizes) */
  QUERY_MAX_COST: count(100, 100_000_000, 100_000),
  /** the same for a caller without a token */
  QUERY_MAX_COST_PUBLIC: count(100, 100_000_000, 60_000),
  /** the items a document's top-level lists may ask for in all, over every alias: five of the largest pages */
  QUERY_MAX_ROOT_ITEMS: count(1, 1_000_000, 5_000),
  /** entities a subgraph resolves in one `_entities` call */
  QUERY_MAX_REPRESENTATIONS: count(1, 1_000_000, 5_000),
};

export type QueryLimitsConfig = z.infer<z.ZodObject<typeof queryLimitsConfigShape>>;

/** The public's budget is never the larger: a token would then buy less than no token. */
export function queryLimitsChecks(config: QueryLimitsConfig): string[] {
  return config.QUERY_MAX_COST_PUBLIC > config.QUERY_MAX_COST
    ? ['QUERY_MAX_COST_PUBLIC: must not exceed QUERY_MAX_COST']
    : [];
}
