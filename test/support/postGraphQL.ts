export interface GraphQLAnswer {
  status: number;
  headers: Headers;
  /** the request id the service answered with (`X-Request-Id`) */
  requestId: string | null;
  /** the body as sent, to search for what must not be in it */
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
  };
}

/** What a GraphQL POST carries; a string is sent as it is (malformed bodies are tested too). */
export type GraphQLBody =
  | {
      query?: string;
      variables?: Record<string, unknown>;
      operationName?: string;
      extensions?: Record<string, unknown>;
    }
  | string;

/**
 * A raw GraphQL POST, status and headers included (graphql-request hides them
 * on refusals). Every test that needs more than graphql-request gives posts
 * through here.
 */
export async function postGraphQL(
  url: string,
  body: GraphQLBody,
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: GraphQLAnswer['body'] = {};
  try {
    parsed = JSON.parse(text) as GraphQLAnswer['body'];
  } catch {
    // not JSON: `text` says what it was
  }
  return {
    status: response.status,
    headers: response.headers,
    requestId: response.headers.get('x-request-id'),
    text,
    body: parsed,
  };
}

/** the bearer header of a token */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The bearer header of a token; none for the public (null or no token). */
export const bearerOf = (token: string | null | undefined): Record<string, string> =>
  token ? bearer(token) : {};

/** A GraphQL answer's body, its data typed as the query shapes it. */
export interface Answer<T> {
  data?: T;
  errors?: Array<{
    message?: string;
    path?: Array<string | number>;
    extensions?: { code?: string };
  }>;
}

/** A query's answer body, for tests that look only at data and errors (postGraphQL gives the rest). */
export async function ask<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  return (await postGraphQL(url, { query, variables }, headers)).body as Answer<T>;
}

/** The paths of the fields an answer refused as FORBIDDEN, sorted. */
export const deniedPaths = (answer: Answer<unknown>): Array<string | undefined> =>
  (answer.errors ?? [])
    .filter((e) => e.extensions?.code === 'FORBIDDEN')
    .map((e) => e.path?.join('.'))
    .sort();
