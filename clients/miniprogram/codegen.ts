import type { CodegenConfig } from '@graphql-codegen/cli';

// Types and documents for every operation in operations/, generated from the repository's schema. Documents are
// plain strings (documentMode: string) so the mini program ships no GraphQL runtime.
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'miniprogram/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          Date: 'string',
          Long: 'number',
        },
      },
    },
  },
};

export default config;
