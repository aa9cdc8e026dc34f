import { Agent, request } from 'node:http';

export interface Timed {
  status: number;
  body: string;
  /** from sending the request to the last byte of the answer */
  ms: number;
}

/**
 * POSTs GraphQL documents over kept-alive connections and times each
 * answer to its last byte; parsing is left to the caller, outside the clock.
 */
export class GraphQLClient {
  private readonly agent: Agent;
  private readonly target: URL;

  constructor(
    url: string,
    /** null: no `Authorization` header, a caller without a token */
    private readonly token: string | null,
    connections = 1,
    /** sent on every request, e.g. the gateway's proof when the bench calls a subgraph itself */
    private readonly fixedHeaders: () => Record<string, string> = () => ({}),
  ) {
    this.target = new URL(url);
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  /** `body` is the JSON request, made once by the caller so that the loop does no work of its own. */
  post(body: string, headers: Record<string, string> = {}): Promise<Timed> {
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const req = request(
        this.target,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(this.token === null ? {} : { authorization: `Bearer ${this.token}` }),
            ...this.fixedHeaders(),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              ms: performance.now() - started,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Posts and checks the answer: HTTP 200 and no GraphQL errors; returns its data. */
  async data<T>(body: string, headers: Record<string, string> = {}): Promise<T> {
    const answer = await this.post(body, headers);
    return checked<T>(answer, this.target.toString());
  }

  close(): void {
    this.agent.destroy();
  }
}

/** The `data` of an answer, or an error naming what went wrong. */
export function checked<T>(answer: Timed, from: string): T {
  let parsed: { data?: T; errors?: unknown[] };
  try {
    parsed = JSON.parse(answer.body) as { data?: T; errors?: unknown[] };
  } catch {
    throw new Error(`${from} answered ${answer.status} with ${answer.body.slice(0, 300)}`);
  }
  if (answer.status !== 200 || parsed.errors?.length || parsed.data === undefined) {
    throw new Error(
      `${from} answered ${answer.status} with errors: ${JSON.stringify(parsed.errors ?? parsed).slice(0, 600)}`,
    );
  }
  return parsed.data;
}

/** A JSON request body for `query` with `variables`. */
export function requestBody(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

/** A cheap check for the timed loops: HTTP 200 and no `errors` array in the answer. */
export function clean(answer: Timed): boolean {
  return answer.status === 200 && !answer.body.includes('"errors":[');
}
