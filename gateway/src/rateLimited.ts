import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** The code of a request refused by the rate limit; answered with HTTP 429 and Retry-After. */
export const RATE_LIMITED = 'RATE_LIMITED';

export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(
    `Quá nhiều yêu cầu, hãy thử lại sau ${retryAfterSeconds} giây / Too many requests: retry after ${retryAfterSeconds} s`,
    {
      extensions: {
        code: RATE_LIMITED,
        retryAfterSeconds,
        // Apollo turns `extensions.http` into the response's status and headers, and drops it from the body.
        http: {
          status: 429,
          headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]),
        },
      },
    },
  );
}
