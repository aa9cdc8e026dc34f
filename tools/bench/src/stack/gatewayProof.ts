import { SUBGRAPH_PROOF_HEADER, SubgraphProofSigner, subgraphSecretOf } from '@ipc-hub/identity';

/**
 * The gateway's proof, for the bench's own calls to a subgraph (a subgraph
 * answers only the gateway). The bench's services share the secret of the
 * environment, or the development one, as the bench does not set it.
 */
export function gatewayProof(subgraph: string): () => Record<string, string> {
  const signer = new SubgraphProofSigner(
    subgraphSecretOf(process.env, () => {}),
    subgraph,
  );
  return () => ({ [SUBGRAPH_PROOF_HEADER]: signer.current() });
}
