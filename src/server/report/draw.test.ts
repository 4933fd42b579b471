// The visit report's page: one page whatever the data (a year of daily data with long texts, no
// data at all), on A4 or Letter, with its title in the PDF's metadata and no email in it; and text
// Helvetica can draw.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildVisitReport } from '../../core/report/index.js';
import { emptyInput, yearInput } from '../../core/report/report.fixtures.js';
import { drawVisitReport } from './draw.js';
import { formatReportDay, toWinAnsi } from './text.js';

const hasPoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const folder = mkdtempSync(join(tmpdir(), 'pacewise-draw-'));
const NOW = '2026-05-04T10:00:00.000Z';
const LONG = 'A very long note that goes on and on about the knee, the pool, the stairs at work and the bus. '.repeat(6);

/** A year with every list past its limit, every text long, both outcomes and a practice name, on Letter. */
function worstCase() {
  const year = yearInput();
  const pattern = { code: 'session_effect' as const, claimed: true, meaningful: true, effect: -1.2, ci: [-1.6, -0.8] as [number, number], n: 200, message: `${LONG}. Second sentence.` };
  return {
    ...year, paper: 'letter' as const, practiceName: LONG, patientName: LONG,
    notes: year.notes.map((n) => ({ ...n, body: LONG })),
    pacingChanges: year.pacingChanges.map((c) => ({ ...c, message: LONG })),
    sessions: year.sessions.map((s, i) => ({ ...s, stopReason: i % 10 === 0 ? 'chest_pain' : null })),
    psfs: [{ localDate: year.from, score: 3 }, { localDate: year.to, score: 6.5 }],
    patterns: [pattern, pattern, pattern, pattern, pattern],
    relief: (['heat', 'breathing', 'gentle_movement', 'medication', 'other'] as const).map((kind) => ({ kind, mean: 6.3, ci: [5.9, 6.6] as [number, number], n: 120 })),
  };
}

function info(pdf: Buffer, name: string): string {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdfinfo', [file]).toString();
}

describe('drawVisitReport', () => {
  it.skipIf(!hasPoppler).each([
    ['a year of daily data with long texts', 'a4', () => ({ ...yearInput(), notes: yearInput().notes.map((n) => ({ ...n, body: LONG })), patientName: LONG, practiceName: LONG })],
    ['no data at all', 'letter', () => emptyInput({ paper: 'letter' })],
    ['every list full and every text long', 'letter', () => worstCase()],
  ] as const)('keeps %s on one %s page', async (name, paper, input) => {
    const pdf = await drawVisitReport(buildVisitReport(input()), { locale: null, now: NOW });
    const text = info(pdf, name.replace(/\W+/g, '-'));
    expect(text).toMatch(/Pages:\s+1\n/);
    expect(text).toMatch(paper === 'a4' ? /\(A4\)/ : /\(letter\)/);
    expect(text).toMatch(/Title:\s+Visit report: /);
    expect(text).not.toMatch(/@/);
  });

  it.skipIf(!hasPoppler)('still shows the last list’s "and N more" and the footer when every list is full on Letter', async () => {
    const file = join(folder, 'worst.pdf');
    writeFileSync(file, await drawVisitReport(buildVisitReport(worstCase()), { locale: 'en-US', now: NOW }));
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toMatch(/and 19 more\s/);
    expect(text).toContain('does not replace a clinician’s judgement');
  });
});

describe('text for Helvetica', () => {
  it.each([
    ['Walking 9 → 10 min', 'Walking 9 to 10 min'],
    ['−2.00', '-2.00'],
    ['“Zoë’s” knee … ½', '“Zoë’s” knee … ½'],
    ['Łukasz 李', '?ukasz ?'],
  ])('writes %j as %j', (text, expected) => {
    expect(toWinAnsi(text)).toBe(expected);
  });

  it.each([
    ['en-GB', '3 May 2026'],
    ['en-US', 'May 3, 2026'],
    [null, '3 May 2026'],
    ['xx-??', '3 May 2026'],
  ])('writes a day for %s as %s', (locale, expected) => {
    expect(formatReportDay('2026-05-03', locale)).toBe(expected);
  });
});
