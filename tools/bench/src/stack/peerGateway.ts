/**
 * The peer of issue 11: the hub's supergraph (gateway/supergraph.graphql)
 * served by @graphql-hive/gateway, on the subgraphs named by the same
 * variables our gateway reads (ENVIRONMENT_URL, …). Like ours it verifies
 * the caller's token (HS256, issuer and audience `ipc-hub`) and forwards
 * it, with the request id, to every subgraph, which checks it again: both
 * gateways do the same work around the query plan. Only `pnpm bench`
 * starts this, as a process of its own.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import {
  createGatewayRuntime,
  createInlineSigningKeyProvider,
  type GatewayPlugin,
  useJWT,
} from '@graphql-hive/gateway';
import { SUBGRAPH_PROOF_HEADER, SubgraphProofSigner, subgraphSecretOf } from '@ipc-hub/identity';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

const supergraph = readFileSync(
  process.env.PEER_SUPERGRAPH || new URL('../../../../gateway/supergraph.graphql', import.meta.url),
  'utf8',
);
// Our subgraphs answer only a gateway that proves itself: the peer does as ours does.
const subgraphSecret = subgraphSecretOf(process.env, () => {});
const proofs = new Map<string, SubgraphProofSigner>();
function proofFor(subgraph: string): string {
  let signer = proofs.get(subgraph);
  if (!signer) {
    signer = new SubgraphProofSigner(subgraphSecret, subgraph);
    proofs.set(subgraph, signer);
  }
  return signer.current();
}

const gateway = createGatewayRuntime({
  supergraph,
  // the supergraph names the developer's ports; the bench's subgraphs run elsewhere
  transportEntries: {
    environment: { location: required('ENVIRONMENT_URL') },
    industry: { location: required('INDUSTRY_URL') },
    zones: { location: required('ZONES_URL') },
    police: { location: required('POLICE_URL') },
  },
  propagateHeaders: {
    fromClientToSubgraphs: ({ request, subgraphName }) => ({
      authorization: request.headers.get('authorization'),
      'x-request-id': request.headers.get('x-request-id'),
      [SUBGRAPH_PROOF_HEADER]: proofFor(subgraphName),
    }),
  },
  plugins: () => [
    // The package's .d.ts files carry two copies of its logger's class, which TypeScript
    // takes for different types; the plugin is the one the gateway's CLI installs for `jwt`.
    useJWT({
      signingKeyProviders: [createInlineSigningKeyProvider(required('HUB_JWT_SECRET'))],
      tokenVerification: { algorithms: ['HS256'], issuer: 'ipc-hub', audience: 'ipc-hub' },
      // as ours: no token is the public, a bad one is refused
      reject: { missingToken: false, invalidToken: true },
    }) as unknown as GatewayPlugin,
  ],
  logging: process.env.LOG_LEVEL === 'info' ? 'info' : 'warn',
  landingPage: false,
  graphiql: false,
  // the paths the bench polls, as on our services
  healthCheckEndpoint: '/health',
  readinessCheckEndpoint: '/ready',
});

// Loaded now rather than at the first request: a supergraph the peer cannot serve ends it here, with why.
try {
  await gateway.getSchema();
} catch (error) {
  process.stderr.write(
    `the peer cannot serve the supergraph: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
}
const server = createServer(gateway);
server.listen(Number(required('PORT')), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => {
  server.close();
  void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
});
