// Threads on the notes page and the home card: active clinicians get a thread even with no
// notes; ended links keep theirs; most recent activity first; the newest unread note from a
// clinician (never one's own) is the one home shows.
import { describe, expect, it } from 'vitest';
import type { CareLink, CareNote } from '../../../contract/care.js';
import { cliniciansWithUnread, groupThreads, newestUnread } from './note-threads.js';

const LENA = { id: '11111111-1111-4111-8111-111111111111', name: 'Lena' };
const TOM = { id: '22222222-2222-4222-8222-222222222222', name: 'Tom' };
let n = 0;
const note = (clinician: typeof LENA, createdAt: string, fromMe: boolean, readAt: string | null = null): CareNote => ({
  id: `00000000-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`,
  clinician,
  fromMe,
  body: 'note',
  createdAt,
  readAt,
});
const link = (clinician: typeof LENA): CareLink => ({ id: clinician.id, clinician: { ...clinician, email: 'x@example.org' }, since: '2026-11-01T00:00:00.000Z', sharesNotes: false });

describe('groupThreads', () => {
  it('gives active clinicians a thread and keeps ended ones with notes, most recent first', () => {
    const notes = [note(TOM, '2026-11-02T10:00:00.000Z', false), note(LENA, '2026-11-03T10:00:00.000Z', true)];
    const threads = groupThreads(notes, [link(LENA)]);
    expect(threads.map((t) => [t.clinician.name, t.active, t.notes.length])).toEqual([
      ['Lena', true, 1],
      ['Tom', false, 1],
    ]);
  });
  it('puts an active clinician with no notes last', () => {
    expect(groupThreads([note(TOM, '2026-11-02T10:00:00.000Z', false)], [link(LENA), link(TOM)]).map((t) => t.clinician.name)).toEqual(['Tom', 'Lena']);
  });
});

describe('newestUnread and cliniciansWithUnread', () => {
  it.each([
    ['nothing when there are no notes', [], null],
    ['nothing when every note is read or mine', [note(LENA, '2026-11-02T10:00:00.000Z', false, '2026-11-02T11:00:00.000Z'), note(LENA, '2026-11-03T10:00:00.000Z', true)], null],
    ['the newest unread one', [note(LENA, '2026-11-02T10:00:00.000Z', false), note(TOM, '2026-11-04T10:00:00.000Z', false), note(LENA, '2026-11-05T10:00:00.000Z', true)], '2026-11-04T10:00:00.000Z'],
  ])('%s', (_label, notes, createdAt) => {
    expect(newestUnread(notes)?.createdAt ?? null).toBe(createdAt);
  });
  it('lists each clinician with unread notes once', () => {
    const notes = [note(LENA, '2026-11-02T10:00:00.000Z', false), note(LENA, '2026-11-03T10:00:00.000Z', false), note(TOM, '2026-11-03T10:00:00.000Z', true)];
    expect(cliniciansWithUnread(notes)).toEqual([LENA.id]);
  });
});
