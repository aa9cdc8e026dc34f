import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

/**
 * What a browser opening /graphql gets. Apollo's default is its Sandbox,
 * loaded from Apollo's CDN, which a closed government network cannot reach
 * (the page stays blank) and which would send the schema's users to a third
 * party. Where the gateway serves the console, the page points to the
 * console's own explorer (a GraphQL IDE bundled with it); elsewhere there is
 * no landing page at all.
 */
export function explorerLandingPage<Context extends BaseContext>(
  servesConsole: boolean,
): ApolloServerPlugin<Context> {
  if (!servesConsole) return ApolloServerPluginLandingPageDisabled() as ApolloServerPlugin<Context>;
  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=/explorer">
<title>ipc-hub GraphQL</title>
</head>
<body>
<p><a href="/explorer">Khám phá API GraphQL của hub / the hub's GraphQL explorer</a></p>
</body>
</html>`;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
