import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    // In development the portal talks to the API started separately on its own port.
    proxy: { '/graphql': 'http://localhost:4000', '/p': 'http://localhost:4000' },
  },
  build: { outDir: 'dist', sourcemap: true },
});
