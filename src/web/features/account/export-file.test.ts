// Covers: the file name uses the person's calendar day, as given.
import { describe, expect, it } from 'vitest';
import { toLocalDate } from '../../../core/calendar.js';
import { exportFileName } from './export-file.js';

describe('exportFileName', () => {
  it("dates the file by the person's own day", () => {
    const lateEvening = '2026-11-24T23:30:00.000Z';
    expect(exportFileName(toLocalDate(lateEvening, 'America/Chicago'))).toBe(
      'pacewise-export-2026-11-24.json',
    );
    expect(exportFileName(toLocalDate(lateEvening, 'Europe/Berlin'))).toBe(
      'pacewise-export-2026-11-25.json',
    );
  });
});
