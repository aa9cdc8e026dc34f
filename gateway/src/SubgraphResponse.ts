import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Headers } from 'undici';

type FetcherResponse = Awaited<ReturnType<RemoteGraphQLDataSource['fetcher']>>;
type RawHeaders = Record<string, string | string[] | undefined>;

/**
 * A subgraph's answer in the shape @apollo/gateway reads a `fetch` response
 * in (status, headers, `json()`), its body read in one piece by `readBody`:
 * no web stream stands between the socket and `JSON.parse`.
 */
export class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  readonly headers = new Headers();
  private body: Promise<string> | null = null;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    private readonly rawHeaders: RawHeaders,
    private readonly readBody: () => Promise<string>,
  ) {
    for (const [name, value] of Object.entries(rawHeaders)) {
      if (Array.isArray(value)) for (const item of value) this.headers.append(name, item);
      else if (value !== undefined) this.headers.append(name, value);
    }
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get bodyUsed(): boolean {
    return this.body !== null;
  }

  text(): Promise<string> {
    this.body ??= this.readBody();
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return new TextEncoder().encode(await this.text()).buffer as ArrayBuffer;
  }

  clone(): SubgraphResponse {
    return new SubgraphResponse(this.url, this.status, this.statusText, this.rawHeaders, () =>
      this.text(),
    );
  }
}
