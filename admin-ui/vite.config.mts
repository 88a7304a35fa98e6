import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the gateway under /admin; in `vite dev`, API calls go to a gateway on :4000.
export default defineConfig(({ command }) => {
  // A build is always production React, even under jest's global setup (NODE_ENV=test),
  // which would otherwise give a development bundle.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    base: '/admin/',
    plugins: [react()],
    build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
    server: { proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } } },
  };
});
