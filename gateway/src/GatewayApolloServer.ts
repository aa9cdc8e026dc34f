import {
  ApolloServer,
  type ApolloServerOptions,
  HeaderMap,
  type HTTPGraphQLResponse,
} from '@apollo/server';
import type { CorsPolicy } from './CorsPolicy';
import type { GatewayContext } from './GatewayContext';

type ExecuteArgs = Parameters<ApolloServer<GatewayContext>['executeHTTPGraphQLRequest']>[0];

/**
 * The gateway's Apollo Server with CORS. The shared HTTP service
 * (`startHttpService`) hands every request on /graphql to
 * `executeHTTPGraphQLRequest`, Apollo's own integration API, and has no
 * other hook: this is where a preflight can be answered and every answer,
 * refusals included, can carry the CORS headers.
 */
export class GatewayApolloServer extends ApolloServer<GatewayContext> {
  constructor(
    options: ApolloServerOptions<GatewayContext>,
    private readonly cors: CorsPolicy,
  ) {
    super(options);
  }

  override async executeHTTPGraphQLRequest(args: ExecuteArgs): Promise<HTTPGraphQLResponse> {
    const { method, headers } = args.httpGraphQLRequest;
    const origin = headers.get('origin');
    if (method === 'OPTIONS' && origin !== undefined) {
      const answer = this.cors.preflight(origin);
      return {
        status: answer.status,
        headers: new HeaderMap(answer.headers),
        body: { kind: 'complete', string: '' },
      };
    }
    const response = await super.executeHTTPGraphQLRequest(args);
    for (const [name, value] of this.cors.responseHeaders(origin))
      response.headers.set(name, value);
    return response;
  }
}
