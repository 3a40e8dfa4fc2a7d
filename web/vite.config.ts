/**
 * Builds the web UI into web/dist, served by the API (src/api/routes/web.route.ts). The output
 * must satisfy the strict CSP (`script-src 'self'; style-src 'self'`): external JS and CSS only,
 * no inlined scripts, no inlined fonts.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
