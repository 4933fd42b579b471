// Covers: the entry chunk first, static imports followed through every level, dynamic imports
// (pages loaded on demand) left out, a chunk shared by two paths counted once, no entry at all.
import { describe, expect, it } from 'vitest';
import { firstLoadChunks, formatKb, type Manifest } from './first-load-size.mjs';

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js', '_api.js'], dynamicImports: ['pages/Plan.tsx'] },
  '_react.js': { file: 'assets/react.js' },
  '_api.js': { file: 'assets/api.js', imports: ['_react.js', '_words.js'], dynamicImports: ['_contract.js'] },
  '_words.js': { file: 'assets/words.js' },
  '_contract.js': { file: 'assets/contract.js' },
  'pages/Plan.tsx': { file: 'assets/Plan.js', imports: ['_react.js', '_catalog.js'] },
  '_catalog.js': { file: 'assets/catalog.js' },
};

describe('firstLoadChunks', () => {
  it('walks the static imports from the entry, each chunk once, and leaves dynamic imports out', () => {
    expect(firstLoadChunks(manifest)).toEqual(['index.html', '_react.js', '_api.js', '_words.js']);
  });

  it('says so when the manifest has no entry', () => {
    expect(() => firstLoadChunks({ '_a.js': { file: 'a.js' } })).toThrow(/no entry/);
  });
});

describe('formatKb', () => {
  it.each([
    [0, '0.0 KB'],
    [1024, '1.0 KB'],
    [102_400, '100.0 KB'],
    [99_430, '97.1 KB'],
  ])('%i bytes read as %s', (bytes, text) => {
    expect(formatKb(bytes)).toBe(text);
  });
});
