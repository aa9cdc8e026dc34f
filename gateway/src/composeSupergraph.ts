import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface ComposedService {
  name: string;
  url: string;
  /** the subgraph's SDL as it serves it (readSubgraphSdl) */
  sdl: string;
}

/** The supergraph of these subgraphs, by Apollo's composition; throws with every error when it fails. */
export function composeSupergraph(services: ComposedService[]): {
  supergraphSdl: string;
  hints: string[];
} {
  const result = composeServices(
    services.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (result.errors) {
    throw new Error(
      `composition failed:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}`,
    );
  }
  return {
    supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`,
    hints: (result.hints ?? []).map((hint) => hint.toString()),
  };
}
