import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations for the admin console, generated from the committed schema.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['admin-ui/src/**/*.tsx', '!admin-ui/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'admin-ui/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};

export default config;
