/**
 * The programme form as data. Dimensions: a new and an existing programme round-trip through the
 * draft; a draft builds a request the contract accepts; each missing field is named (per item);
 * the list splits into mine and shared, by name.
 */
import { describe, expect, it } from 'vitest';
import { ProgrammeInput, type Programme } from '../../../contract/prescription.js';
import type { DraftWords } from '../prescription/adjustment-form.js';
import { draftOf, emptyItem, splitProgrammes, toProgrammeInput } from './programme-form.js';

const w: DraftWords & { nameRequired: string; itemsRequired: string } = {
  exerciseRequired: 'exercise', daysRequired: 'days', doseRequired: 'dose', doseInvalid: (f) => `dose ${f}`,
  valueInvalid: 'value', weekRequired: 'week', minutesInvalid: 'minutes', daysInvalid: 'days a week',
  coversRequired: 'covers', reasonRequired: 'reason', rulesRequired: 'rules', nameRequired: 'name', itemsRequired: 'items',
};
const programme = (patch: Partial<Programme>): Programme => ({
  id: 'p1', name: 'Knee OA, weeks 1-4', description: 'Gentle start', shared: true, authorId: 'c1', authorName: 'Lena', mine: true,
  items: [{ exerciseId: 'sit-to-stand', days: [1, 4], dose: { sets: 2, reps: 8 } }, { exerciseId: 'water-walk-waist', days: [3] }],
  weeklyRise: 0.05, createdAt: '2026-05-03T09:00:00.000Z', updatedAt: '2026-05-03T09:00:00.000Z', ...patch,
});

describe('a programme through the form', () => {
  it('gives back the same programme it was drafted from', () => {
    const p = programme({});
    const result = toProgrammeInput(draftOf(p), w);
    expect(result).toEqual({ body: { name: p.name, description: p.description, shared: true, items: p.items, weeklyRise: 0.05 } });
    if ('body' in result) expect(ProgrammeInput.safeParse(result.body).success).toBe(true);
  });

  it('keeps pacing’s usual rise when none is chosen', () => {
    const draft = { ...draftOf(null), name: 'Back, week 1', items: [{ ...emptyItem(1), exerciseId: 'bridge', days: [2 as const] }] };
    expect(toProgrammeInput(draft, w)).toEqual({ body: { name: 'Back, week 1', description: null, shared: false, items: [{ exerciseId: 'bridge', days: [2] }], weeklyRise: null } });
  });

  it('names each missing field, per item', () => {
    const draft = { ...draftOf(null), items: [emptyItem(1), { ...emptyItem(2), exerciseId: 'bridge', days: [1 as const], dose: { sets: 'x', reps: '', holdSeconds: '', minutes: '' } }] };
    expect(toProgrammeInput(draft, w)).toEqual({ errors: { name: 'name', item: { 1: { exercise: 'exercise', days: 'days' }, 2: { dose: 'dose sets' } } } });
  });

  it('needs at least one exercise', () => {
    expect(toProgrammeInput({ ...draftOf(null), name: 'Empty', items: [] }, w)).toEqual({ errors: { items: 'items' } });
  });
});

describe('the list', () => {
  it('splits mine from shared, each by name', () => {
    const list = [programme({ id: 'b', name: 'B', mine: false }), programme({ id: 'z', name: 'Z' }), programme({ id: 'a', name: 'A' })];
    const { mine, shared } = splitProgrammes(list);
    expect(mine.map((p) => p.id)).toEqual(['a', 'z']);
    expect(shared.map((p) => p.id)).toEqual(['b']);
  });
});
