import { fileURLToPath } from 'node:url';
import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';
import { precompress } from './precompress.mts';

const generatedDirectory = fileURLToPath(new URL('./src/gql', import.meta.url));

/**
 * Codegen's documented optimizer: each colocated graphql(`…`) call becomes an import of that
 * one generated document, so the bundle no longer carries the map from every operation's text
 * to its document.
 */
function importGeneratedDocuments(): Plugin {
  return {
    name: 'import-generated-documents',
    enforce: 'pre',
    apply: 'build',
    async transform(code, id) {
      if (!/\.tsx$/.test(id) || id.startsWith(generatedDirectory) || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory: generatedDirectory, gqlTagName: 'graphql' }]],
        sourceMaps: true,
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}

// Served by the gateway under /admin; in `vite dev`, API calls go to a gateway on :4000.
export default defineConfig(({ command }) => {
  // A build is always production React, even under jest's global setup (NODE_ENV=test),
  // which would otherwise give a development bundle.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    base: '/admin/',
    plugins: [importGeneratedDocuments(), react(), precompress()],
    build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
    server: { proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
    // Only the console's own entry: graphiql/ is a separate bundle with its own config.
    optimizeDeps: { entries: ['index.html'] },
  };
});
