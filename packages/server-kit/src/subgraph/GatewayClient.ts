import { agencyUnavailable } from '@ipc-hub/errors';
import type { Identity } from '@ipc-hub/identity';

/**
 * How a subgraph asks another agency about a record before writing one that
 * refers to it ("does this facility exist?"): through the gateway, as the
 * caller, so the other agency applies its own rules. Never through its tables.
 */
export class GatewayClient {
  constructor(
    private readonly url: string,
    private readonly identity: Identity,
    private readonly requestId: string,
    private readonly timeoutMs = 5_000,
  ) {}

  async request<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': this.requestId,
          ...(this.identity.token ? { authorization: `Bearer ${this.identity.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw agencyUnavailable(
        'gateway',
        error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'unreachable',
      );
    }
    const body = (await response.json().catch(() => null)) as {
      data?: Data;
      errors?: Array<{ message: string; extensions?: { serviceName?: string } }>;
    } | null;
    if (!response.ok || !body?.data || body.errors?.length) {
      const service = body?.errors?.find((e) => e.extensions?.serviceName)?.extensions?.serviceName;
      throw agencyUnavailable(service ?? 'gateway', `HTTP ${response.status}`);
    }
    return body.data;
  }
}
