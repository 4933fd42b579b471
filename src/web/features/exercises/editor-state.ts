/**
 * The exercise editor's form state: text as typed, turned into the contract's input on save and
 * checked with the contract's own schema, so every field's problem shows beside it at once.
 */
import { CustomExerciseInput, type CustomExerciseView } from '../../../contract/custom-exercise.js';
import type { Pillar, Position } from '../../../core/library/exercise.js';
import type { Condition, Equipment, LikedActivity, Limb, PainArea } from '../../../core/profile.js';

/** What the form holds; numbers as typed. */
export interface EditorState {
  name: string;
  purpose: string;
  pillar: Pillar;
  level: '1' | '2' | '3';
  shared: boolean;
  positions: Position[];
  limbs: Limb[];
  equipment: Equipment[];
  regions: PainArea[];
  avoidWith: Condition[];
  cautionNote: string;
  steps: string[];
  breathing: string;
  feel: string;
  stopIf: string;
  easier: string;
  harder: string;
  activity: LikedActivity | '';
  sets: string;
  reps: string;
  holdSeconds: string;
  minutes: string;
  perSide: boolean;
  poseFrom: string;
}

/** A blank form. */
export const EMPTY_EDITOR: EditorState = {
  name: '', purpose: '', pillar: 'strengthening', level: '1', shared: false, positions: [], limbs: [], equipment: [], regions: [], avoidWith: [],
  cautionNote: '', steps: ['', '', ''], breathing: '', feel: '', stopIf: '', easier: '', harder: '', activity: '',
  sets: '', reps: '', holdSeconds: '', minutes: '', perSide: false, poseFrom: '',
};

const asText = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The form for an exercise that exists. */
export function editorStateOf(view: CustomExerciseView): EditorState {
  return {
    name: view.name, purpose: view.purpose, pillar: view.pillar, level: String(view.level) as EditorState['level'], shared: view.shared,
    positions: view.positions, limbs: view.limbs, equipment: view.equipment, regions: view.regions, avoidWith: view.avoidWith,
    cautionNote: view.cautionNote ?? '', steps: view.steps, breathing: view.breathing, feel: view.feel, stopIf: view.stopIf,
    easier: view.easier ?? '', harder: view.harder ?? '', activity: view.activity ?? '',
    sets: asText(view.dose.sets), reps: asText(view.dose.reps), holdSeconds: asText(view.dose.holdSeconds), minutes: asText(view.dose.minutes),
    perSide: view.dose.perSide === true, poseFrom: view.poseFrom,
  };
}

function toNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/** The request body the form stands for, before checking. */
export function toInputDraft(state: EditorState): Record<string, unknown> {
  const dose = { sets: toNumber(state.sets), reps: toNumber(state.reps), holdSeconds: toNumber(state.holdSeconds), minutes: toNumber(state.minutes), perSide: state.perSide || undefined };
  return {
    name: state.name, purpose: state.purpose, pillar: state.pillar, level: Number(state.level), shared: state.shared,
    positions: state.positions, limbs: state.limbs, equipment: state.equipment, regions: state.regions, avoidWith: state.avoidWith,
    cautionNote: state.cautionNote.trim() === '' ? null : state.cautionNote,
    steps: state.steps, breathing: state.breathing, feel: state.feel, stopIf: state.stopIf,
    easier: state.easier || null, harder: state.harder || null, activity: state.activity || null,
    dose: Object.fromEntries(Object.entries(dose).filter(([, v]) => v !== undefined)),
    poseFrom: state.poseFrom,
  };
}

/** Field path (`steps.1`, `dose.reps`) to its first problem. */
export type FieldErrors = Record<string, string>;

/** The checked input, or every field's first problem. */
export function checkEditor(state: EditorState, poseMissing: string): { input: CustomExerciseInput } | { errors: FieldErrors } {
  const parsed = CustomExerciseInput.safeParse(toInputDraft(state));
  if (parsed.success) return { input: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.');
    errors[field] ??= field === 'poseFrom' ? poseMissing : issue.message;
  }
  return { errors };
}

/** The first problem of a field or of any field inside it (`dose` covers `dose.reps`). */
export function errorOf(errors: FieldErrors, field: string): string | null {
  if (errors[field]) return errors[field];
  const inner = Object.keys(errors).find((key) => key.startsWith(`${field}.`));
  return inner ? (errors[inner] ?? null) : null;
}
