import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.mts';

// GraphiQL, bundled apart from the console (its editor is large) and served at /graphiql.
export default defineConfig({
  root: 'graphiql',
  base: '/graphiql/',
  plugins: [react(), precompress()],
  build: { outDir: '../dist-graphiql', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 5000 },
  worker: { format: 'es' },
});
