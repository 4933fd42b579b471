import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { appIcons } from './scripts/app-icons.js';
import { appManifest } from './src/web/features/pwa/app-manifest.js';

// The web app is a single-page app in src/web, built to dist/web and served by the API server.
export default defineConfig({
  root: 'src/web',
  plugins: [
    react(),
    appIcons('src/web/public/favicon.svg'),
    // Our own worker (src/web/sw.ts), given the list of built files to precache: the whole shell,
    // every lazily loaded chunk included. Registration is ours too (lib/service-worker.ts).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: appManifest,
      manifestFilename: 'manifest.webmanifest',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        globIgnores: ['sw.js'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        sourcemap: true,
      },
    }),
  ],
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
