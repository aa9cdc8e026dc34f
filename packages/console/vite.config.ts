import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  // `pnpm --filter @ipc-hub/console dev` against a running hub
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/dev-tokens.json': 'http://127.0.0.1:4000' },
  },
});
