import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed supergraph: a field renamed or removed
 * there fails `pnpm generate`'s check and the console's typecheck.
 */
const config: CodegenConfig = {
  schema: '../../gateway/supergraph.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
