import type { CodegenConfig } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';

const operationTypes: Types.ConfiguredOutput = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
};

// Typed operations generated from the committed schema: the admin console's, and the tests'
// (so a renamed field fails type-checking, not a test run).
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'admin-ui/src/gql/': { ...operationTypes, documents: ['admin-ui/src/**/*.tsx', '!admin-ui/src/gql/**/*'] },
    'test/gql/': { ...operationTypes, documents: ['test/**/*.ts', '!test/gql/**/*'] },
  },
};

export default config;
