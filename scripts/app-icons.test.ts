// The app's icons, rendered from our artwork. Dimensions: each size and purpose, the corners
// (transparent for "any", filled for maskable and Apple so launchers can crop them), the safe zone
// of the maskable icon, and the manifest naming only icons the build writes.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { appManifest } from '../src/web/features/pwa/app-manifest.js';
import { APP_ICONS, fullBleed, renderIcon } from './app-icons.js';

const svg = readFileSync('src/web/public/favicon.svg', 'utf8');

async function pixels(png: Buffer) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) => {
    const i = (y * info.width + x) * info.channels;
    return { r: data[i]!, g: data[i + 1]!, b: data[i + 2]!, a: data[i + 3]! };
  };
  return { info, at };
}

describe('app icons', () => {
  it.each(APP_ICONS.map((icon) => [icon.fileName, icon] as const))('%s is a PNG of its size', async (_name, icon) => {
    const { info } = await pixels(await renderIcon(svg, icon));
    expect([info.width, info.height]).toEqual([icon.size, icon.size]);
  });

  it.each(APP_ICONS.map((icon) => [icon.fileName, icon] as const))('%s: corners match its purpose', async (_name, icon) => {
    const { at } = await pixels(await renderIcon(svg, icon));
    const corner = at(0, 0);
    if (icon.purpose === 'any') expect(corner.a).toBe(0);
    else expect(corner).toEqual({ r: 0x1d, g: 0x6b, b: 0x66, a: 255 });
  });

  it('keeps the wave of the maskable icon inside the safe zone (the middle 80 %)', async () => {
    const icon = APP_ICONS.find((i) => i.purpose === 'maskable')!;
    const { info, at } = await pixels(await renderIcon(svg, icon));
    const margin = Math.floor(info.width * 0.1);
    let whiteOutside = 0;
    let whiteInside = 0;
    for (let y = 0; y < info.height; y += 2) {
      for (let x = 0; x < info.width; x += 2) {
        const p = at(x, y);
        const isWhite = p.r > 200 && p.g > 200 && p.b > 200;
        const inside = x >= margin && x < info.width - margin && y >= margin && y < info.height - margin;
        if (isWhite && inside) whiteInside++;
        if (isWhite && !inside) whiteOutside++;
      }
    }
    expect(whiteInside).toBeGreaterThan(100);
    expect(whiteOutside).toBe(0);
  });

  it('refuses artwork whose shape it does not know, instead of drawing a wrong icon', () => {
    expect(() => fullBleed('<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>')).toThrow(/favicon.svg changed shape/);
  });

  it('names in the manifest only icons the build writes, at their real size', () => {
    for (const entry of appManifest.icons) {
      const icon = APP_ICONS.find((i) => `/${i.fileName}` === entry.src);
      expect(icon, entry.src).toBeDefined();
      expect(entry.sizes).toBe(`${icon!.size}x${icon!.size}`);
      expect(entry.purpose).toBe(icon!.purpose);
    }
    expect(appManifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });
});
