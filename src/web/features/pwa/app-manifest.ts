/**
 * The web app manifest (written by vite-plugin-pwa as /manifest.webmanifest). Colours are those of
 * styles/base.css: the primary teal for the title bar, the page background for the splash screen.
 */

/** The words of the manifest, in the app's default language (a manifest has one language). */
export const manifestWords = {
  name: 'Pacewise',
  shortName: 'Pacewise',
  description: 'A calm companion for gentle movement with chronic pain.',
};

/** The manifest fields we set (a subset of the W3C Web Application Manifest). */
export interface WebAppManifest {
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  id: string;
  start_url: string;
  scope: string;
  display: 'standalone' | 'fullscreen' | 'minimal-ui' | 'browser';
  orientation: 'any' | 'portrait' | 'landscape';
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose: 'any' | 'maskable' }[];
}

/** The manifest's fields. */
export const appManifest: WebAppManifest = {
  name: manifestWords.name,
  short_name: manifestWords.shortName,
  description: manifestWords.description,
  lang: 'en',
  dir: 'ltr',
  id: '/',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#1d6b66',
  background_color: '#f6f5f1',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};
