import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app is a single-page app in src/web, built to dist/web and served by the API server.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // The first-load budget reads which chunks the entry imports statically (scripts/first-load-size.mjs).
    manifest: true,
    // No inline scripts or styles: the Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/illustrations': 'http://127.0.0.1:3000' },
  },
});
