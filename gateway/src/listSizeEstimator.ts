import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@ipc-hub/db';
import type { ComplexityEstimator } from 'graphql-query-complexity/cjs';

export interface ListSizeEstimatorOptions {
  /** the length assumed for a list that takes no `first` */
  listSize: number;
  /** told of every `first` outside 0…MAX_PAGE_SIZE; the subgraph would refuse it */
  onBadPageSize: (first: unknown) => void;
}

/**
 * The cost of a field is about the number of values it puts in the answer:
 * 1 for a scalar; 1 plus its selection for an object; for a page, its
 * selection times `first` (the default page when absent); for any other
 * list, its selection times `listSize`. The `edges` of a connection are the
 * page already counted at the connection. Introspection costs nothing: the
 * gateway answers it without calling a subgraph.
 */
export function listSizeEstimator(options: ListSizeEstimatorOptions): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__') && field.name !== '__typename') return 0;
    if (field.args.some((arg) => arg.name === 'first')) {
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
        options.onBadPageSize(first);
        return 1;
      }
      return 1 + first * Math.max(childComplexity, 1);
    }
    // The printed type (`[Violation!]`) rather than graphql's isListType: the schema may come from
    // another copy of graphql-js (CommonJS and ESM builds under vitest), which instanceof refuses.
    if (String(field.type).startsWith('[') && !type.name.endsWith('Connection')) {
      return 1 + options.listSize * Math.max(childComplexity, 1);
    }
    return 1 + childComplexity;
  };
}
