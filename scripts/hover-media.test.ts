// Sticky hover on touch (issue 15): a tapped button stayed lit after the person moved on, because
// phones apply :hover on tap. Every :hover rule of the web app must sit inside
// `@media (hover: hover)`, which touch screens do not match.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WEB = fileURLToPath(new URL('../src/web/', import.meta.url));

/** Every .css file under the web app. */
function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** The selectors with :hover that are not inside `@media (hover: hover)`. */
function unguardedHoverSelectors(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const open: string[] = [];
  const found: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      const prelude = text.slice(start, i).trim();
      const guarded = open.some((outer) => /@media[^{]*\(hover:\s*hover\)/.test(outer));
      if (prelude.includes(':hover') && !prelude.startsWith('@') && !guarded) found.push(prelude);
      open.push(prelude);
      start = i + 1;
    } else if (char === '}') {
      open.pop();
      start = i + 1;
    } else if (char === ';') {
      start = i + 1;
    }
  }
  return found;
}

describe('hover styles', () => {
  it.each([
    ['a bare hover rule', '.a:hover { color: red; }', ['.a:hover']],
    ['a guarded rule', '@media (hover: hover) { .a:hover { color: red; } }', []],
    ['a rule in another media query', '@media (min-width: 40rem) { .a:hover { color: red; } }', ['.a:hover']],
    ['a commented-out rule', '/* .a:hover { } */ .b { color: red; }', []],
    ['no hover at all', '.a { color: red; } .b:focus { color: blue; }', []],
  ])('finds %s', (_name, css, expected) => {
    expect(unguardedHoverSelectors(css)).toEqual(expected);
  });

  it.each(cssFiles(WEB).map((path) => [path.slice(WEB.length), path]))(
    'keeps hover in %s to pointers that hover',
    (_name, path) => {
      expect(unguardedHoverSelectors(readFileSync(path, 'utf8'))).toEqual([]);
    },
  );
});
