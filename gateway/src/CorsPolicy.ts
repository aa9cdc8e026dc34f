/** Request headers a browser page may send: those the hub reads, and Apollo's CSRF-prevention headers. */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
  'x-purpose',
].join(', ');

/** Response headers a page may read besides the simple ones. */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after'].join(', ');

/**
 * Cross-origin access from browser pages, from an allow-list of exact
 * origins. No wildcard: the dashboards that may call the hub are known. A
 * page from any other origin gets no CORS header, so its browser keeps the
 * answer from it; CSRF prevention keeps it from having effects.
 */
export class CorsPolicy {
  private readonly origins: ReadonlySet<string>;

  constructor(origins: readonly string[]) {
    this.origins = new Set(origins.map((origin) => origin.toLowerCase()));
  }

  allows(origin: string | undefined): origin is string {
    return origin !== undefined && this.origins.has(origin.toLowerCase());
  }

  /** headers for an answer to a request from `origin` */
  responseHeaders(origin: string | undefined): Array<[string, string]> {
    if (this.origins.size === 0) return [];
    // The answer depends on Origin: caches must not serve one origin's answer to another.
    const vary: [string, string] = ['vary', 'Origin'];
    if (!this.allows(origin)) return [vary];
    return [
      vary,
      ['access-control-allow-origin', origin],
      ['access-control-expose-headers', EXPOSED_HEADERS],
    ];
  }

  /** the answer to a preflight (`OPTIONS` with an Origin): 204 with permissions, or 403 */
  preflight(origin: string): { status: number; headers: Array<[string, string]> } {
    if (!this.allows(origin)) return { status: 403, headers: this.responseHeaders(origin) };
    return {
      status: 204,
      headers: [
        ...this.responseHeaders(origin),
        ['access-control-allow-methods', 'GET, POST'],
        ['access-control-allow-headers', ALLOWED_HEADERS],
        ['access-control-max-age', '600'],
      ],
    };
  }
}
