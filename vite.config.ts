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
    // Lazy pages list nothing to preload: the lists cost the first page about 2.8 KB gzipped, and
    // once the service worker has kept every chunk (right after the first load) a page's chunks
    // come from the device, so loading them one after another costs nothing noticeable.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rolldownOptions: {
      output: {
        // The first page's shared code in two chunks (libraries, app shell) instead of a dozen
        // small ones, each compressed on its own: about 4 KB less gzipped.
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](react|react-dom|scheduler|@tanstack[\\/]react-query[\\/])/ },
            { name: 'shell', test: /src[\\/]web[\\/](api|router|i18n|data|sync[\\/](synced|sync-view|sync-storage|ops)\.|features[\\/](session[\\/]session-storage|auth[\\/]session-context)\.|lib[\\/]new-client-id\.)|src[\\/]core[\\/](calendar|session-player[\\/]stored-state|errors)\./ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/illustrations': 'http://127.0.0.1:3000' },
  },
});
