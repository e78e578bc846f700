import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The console is served by the collector at /; `npm run dev -w console` proxies the API to a server on :8080. */
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 700 },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080', '/agent': 'http://127.0.0.1:8080' },
  },
});
