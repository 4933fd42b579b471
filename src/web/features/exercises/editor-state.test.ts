// The exercise editor's form state: a filled form becomes the contract's input (numbers from
// text, empty choices as null, empty dose fields left out); each problem is named by its field,
// all at once; a custom exercise never offers its drawing, and the chosen drawing comes first.
import { describe, expect, it } from 'vitest';
import type { ExerciseView } from '../../../contract/exercise.js';
import { checkEditor, EMPTY_EDITOR, errorOf, toInputDraft, type EditorState } from './editor-state.js';
import { matchPoses } from './pose-search.js';

const FILLED: EditorState = {
  ...EMPTY_EDITOR,
  name: 'Chair stand with a pause', purpose: 'Stronger legs.', positions: ['seated'], steps: ['Sit.', 'Stand.', 'Sit again.'],
  breathing: 'Out as you stand.', feel: 'Thighs working.', stopIf: 'Sharp pain: stop.', reps: '6', sets: ' 2 ', poseFrom: 'sit-to-stand',
};

describe('the editor state', () => {
  it('turns a filled form into the contract input', () => {
    const checked = checkEditor(FILLED, 'pick a drawing');
    expect(checked).toMatchObject({ input: { name: 'Chair stand with a pause', level: 1, dose: { reps: 6, sets: 2 }, easier: null, activity: null, cautionNote: null } });
    expect(toInputDraft(FILLED).dose).toEqual({ reps: 6, sets: 2 });
  });

  it.each([
    ['name', { name: '' }],
    ['positions', { positions: [] }],
    ['steps.1', { steps: ['Sit.', ' ', 'Sit again.'] }],
    ['steps', { steps: ['Sit.', 'Stand.'] }],
    ['dose', { reps: '', sets: '' }],
    ['dose.reps', { reps: '40' }],
    ['cautionNote', { avoidWith: ['osteoporosis' as const] }],
  ])('names %s when it is wrong', (field, change) => {
    const checked = checkEditor({ ...FILLED, ...change }, 'pick a drawing');
    expect('errors' in checked && checked.errors[field]).toBeTruthy();
  });

  it('lists every problem at once, the missing drawing in the editor’s own words', () => {
    const checked = checkEditor(EMPTY_EDITOR, 'pick a drawing');
    if (!('errors' in checked)) throw new Error('an empty form passed');
    expect(checked.errors.poseFrom).toBe('pick a drawing');
    expect(Object.keys(checked.errors)).toEqual(expect.arrayContaining(['name', 'purpose', 'positions', 'breathing', 'feel', 'stopIf', 'dose']));
    expect(errorOf(checked.errors, 'steps')).toBeTruthy();
  });
});

describe('the drawing search', () => {
  const view = (id: string, name: string, source: 'builtin' | 'custom' = 'builtin') => ({ id, name, source, purpose: '', positions: ['seated'], equipment: [] }) as unknown as ExerciseView;
  const library = [view('wall-push-up', 'Wall push-up'), view('sit-to-stand', 'Sit to stand'), view('c-1', 'Sit to stand, mine', 'custom')];

  it.each([
    ['', 'sit-to-stand', ['sit-to-stand', 'wall-push-up']],
    ['wall', '', ['wall-push-up']],
    ['sit stand', '', ['sit-to-stand']],
    ['seated', 'wall-push-up', ['wall-push-up', 'sit-to-stand']],
    ['nothing like this', '', []],
  ])('search %j with %j chosen shows %j', (search, chosen, ids) => {
    expect(matchPoses(library, search, chosen).map((e) => e.id)).toEqual(ids);
  });
});
