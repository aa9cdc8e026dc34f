import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * The `cache-control` header Apollo's cache-control plugin would give every
 * answer here, without the plugin. No schema of the hub has a `@cacheControl`
 * hint and the default max-age is 0, so the plugin always answers
 * `no-store`; to find that out it hooks every field of every row (a
 * policy object and a promise callback each), which on a 1 000-row list is
 * a good part of the subgraph's time. Install it with
 * `ApolloServerPluginCacheControlDisabled()`.
 */
export function noStorePlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
