// Covers: empty and edit forms, required pain, times that are not times or lie in the future,
// notes length, the requests built for create ("now" sends no time) and update, and the weekly
// PEG: sent with a new check-in only when all three questions are answered, never with an edit.
import { describe, expect, it } from 'vitest';
import {
  CreateCheckinRequest,
  UpdateCheckinRequest,
  type Checkin,
} from '../../../contract/checkin.js';
import {
  emptyCheckinForm,
  findCheckinFormProblems,
  formFromCheckin,
  hasDetails,
  pegProgress,
  toCreateRequest,
  toPegAnswer,
  toUpdateRequest,
} from './checkin-form.js';

const zone = 'Europe/Berlin';
const now = Date.parse('2026-11-24T09:00:00.000Z');
const clientId = '3b2c1d0e-9f8a-4b7c-8d6e-5f4a3b2c1d0e';

const saved: Checkin = {
  id: '0b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d',
  at: '2026-11-23T19:30:00.000Z',
  localDate: '2026-11-23',
  pain: 6,
  flare: true,
  areas: ['knee'],
  stiffness: 4,
  sleep: null,
  mood: null,
  energy: 3,
  stress: null,
  notes: 'Long walk yesterday',
  peg: null,
  somethingNew: false,
  detail: null,
  createdAt: '2026-11-23T19:31:00.000Z',
  updatedAt: '2026-11-23T19:31:00.000Z',
};

describe('check-in form', () => {
  it('starts empty at "now" in the person\'s zone', () => {
    const form = emptyCheckinForm(now, zone);
    expect(form).toMatchObject({
      pain: null,
      when: 'now',
      atText: '2026-11-24T10:00',
      flare: false,
    });
    expect(hasDetails(form)).toBe(false);
  });

  it('asks for pain before anything else', () => {
    expect(findCheckinFormProblems(emptyCheckinForm(now, zone), now, zone)).toEqual(['pain']);
  });

  it.each([
    ['', ['at_invalid']],
    ['2026-11-24T10:30', ['at_future']],
    ['2026-11-24T10:00', []],
    ['2026-11-20T07:15', []],
  ])('another time %j → %j', (atText, problems) => {
    const form = { ...emptyCheckinForm(now, zone), pain: 3, when: 'other' as const, atText };
    expect(findCheckinFormProblems(form, now, zone)).toEqual(problems);
  });

  it('refuses notes over 2000 characters', () => {
    const form = { ...emptyCheckinForm(now, zone), pain: 3, notes: 'x'.repeat(2001) };
    expect(findCheckinFormProblems(form, now, zone)).toEqual(['notes']);
  });

  it('builds a create request without a time for "now"', () => {
    const body = toCreateRequest({ ...emptyCheckinForm(now, zone), pain: 2 }, clientId, zone);
    expect(body).toMatchObject({ clientId, pain: 2, flare: false, areas: [], notes: null });
    expect(body).not.toHaveProperty('at');
    expect(CreateCheckinRequest.safeParse(body).success).toBe(true);
  });

  it('builds a create request with the chosen time', () => {
    const form = {
      ...emptyCheckinForm(now, zone),
      pain: 2,
      when: 'other' as const,
      atText: '2026-11-24T07:00',
    };
    expect(toCreateRequest(form, clientId, zone).at).toBe('2026-11-24T06:00:00.000Z');
  });

  it('round-trips a saved check-in through an edit', () => {
    const form = formFromCheckin(saved, zone);
    expect(form.atText).toBe('2026-11-23T20:30');
    expect(hasDetails(form)).toBe(true);
    const body = toUpdateRequest({ ...form, notes: '  ' }, zone);
    expect(body).toMatchObject({
      at: saved.at,
      pain: 6,
      flare: true,
      stiffness: 4,
      sleep: null,
      notes: null,
    });
    expect(UpdateCheckinRequest.safeParse(body).success).toBe(true);
  });
});

describe('weekly PEG in the check-in', () => {
  it.each([
    [{ pain: null, enjoyment: null, activity: null }, 'none', null],
    [{ pain: 5, enjoyment: null, activity: null }, 'partial', null],
    [{ pain: 5, enjoyment: 0, activity: null }, 'partial', null],
    [{ pain: null, enjoyment: 0, activity: 0 }, 'partial', null],
    [{ pain: 5, enjoyment: 0, activity: 10 }, 'complete', { pain: 5, enjoyment: 0, activity: 10 }],
    [{ pain: 0, enjoyment: 0, activity: 0 }, 'complete', { pain: 0, enjoyment: 0, activity: 0 }],
  ] as const)('%j is %s', (draft, progress, answer) => {
    expect(pegProgress(draft)).toBe(progress);
    expect(toPegAnswer(draft)).toEqual(answer);
  });

  it('starts unanswered', () => {
    expect(pegProgress(emptyCheckinForm(now, zone).peg)).toBe('none');
  });

  it('sends the PEG only when all three are answered', () => {
    const base = { ...emptyCheckinForm(now, zone), pain: 4 };
    const partial = toCreateRequest(
      { ...base, peg: { pain: 6, enjoyment: 4, activity: null } },
      clientId,
      zone,
    );
    expect(partial).not.toHaveProperty('peg');
    const full = toCreateRequest(
      { ...base, peg: { pain: 6, enjoyment: 4, activity: 5 } },
      clientId,
      zone,
    );
    expect(full.peg).toEqual({ pain: 6, enjoyment: 4, activity: 5 });
    expect(CreateCheckinRequest.safeParse(full).success).toBe(true);
  });

  it('leaves a saved PEG alone when a check-in is edited', () => {
    const withPeg = { ...saved, peg: { pain: 6, enjoyment: 4, activity: 5 } };
    const form = formFromCheckin(withPeg, zone);
    expect(form.peg).toEqual(withPeg.peg);
    expect(toUpdateRequest(form, zone)).not.toHaveProperty('peg');
  });
});
