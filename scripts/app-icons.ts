/**
 * The app's icons, rendered at build time from our own artwork (src/web/public/favicon.svg) with
 * sharp, so they can never drift from it and no binary files live in git. The "any" icons are the
 * artwork as drawn (rounded corners); the maskable and Apple icons fill the square with its
 * background and keep the wave inside the safe zone (the middle 80 %), because launchers crop them.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { Plugin } from 'vite';

/** One icon file: where it goes in the build and what the manifest says of it. */
export interface AppIcon {
  fileName: string;
  size: number;
  purpose: 'any' | 'maskable' | 'apple';
}

/** Every icon the build writes. */
export const APP_ICONS: readonly AppIcon[] = [
  { fileName: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { fileName: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { fileName: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { fileName: 'icons/apple-touch-icon.png', size: 180, purpose: 'apple' },
];

const SAFE_ZONE = 0.8;

/** The artwork made full-bleed: square corners, the drawing scaled into the safe zone. */
export function fullBleed(svg: string): string {
  const rect = /<rect\b[^>]*\brx="[^"]*"[^>]*\/>/.exec(svg);
  const viewBox = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  if (!rect || !viewBox) throw new Error('favicon.svg changed shape: expected a viewBox and one rounded background rect.');
  const width = Number(viewBox[1]);
  const offset = (width * (1 - SAFE_ZONE)) / 2;
  const background = rect[0].replace(/\s+rx="[^"]*"/, '');
  const drawing = svg.slice(rect.index + rect[0].length, svg.lastIndexOf('</svg>'));
  return `${svg.slice(0, rect.index)}${background}<g transform="translate(${offset} ${offset}) scale(${SAFE_ZONE})">${drawing}</g></svg>`;
}

/** The PNG of one icon. */
export async function renderIcon(svg: string, icon: AppIcon): Promise<Buffer> {
  const source = icon.purpose === 'any' ? svg : fullBleed(svg);
  return sharp(Buffer.from(source), { density: 72 * Math.ceil(icon.size / 64) })
    .resize(icon.size, icon.size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** A Vite plugin that adds the icons to the build (and so to the service worker's precache). */
export function appIcons(svgPath: string): Plugin {
  return {
    name: 'pacewise-app-icons',
    apply: 'build',
    async generateBundle() {
      const svg = await readFile(svgPath, 'utf8');
      for (const icon of APP_ICONS) {
        this.emitFile({ type: 'asset', fileName: icon.fileName, source: await renderIcon(svg, icon) });
      }
    },
  };
}
