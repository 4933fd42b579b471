/**
 * The "add a setting" form as data: what the clinician typed, turned into the request the
 * contract takes (or the fields to fix, in words), whether Save may be pressed, and the server's
 * field errors placed by the field they belong to.
 */
import type { z } from 'zod';
import type { NewAdjustment } from '../../../contract/prescription.js';
import { PRESCRIBED_WEEK, type AdjustmentKind, type GoAheadCover, type SuitabilityRule } from '../../../core/prescription/types.js';
import type { DayNumber } from '../../../core/planner/plan.js';

/** The weekly rises a clinician chooses from, as fractions ("0" holds). */
export const RISE_CHOICES = ['0', '0.05', '0.07', '0.1', '0.15', '0.2'] as const;
export type RiseChoice = (typeof RISE_CHOICES)[number];

/** A dose as typed: empty strings for what does not apply. */
export interface DoseDraft {
  sets: string;
  reps: string;
  holdSeconds: string;
  minutes: string;
}

/** Everything the form can hold; each kind reads only its own fields. */
export interface AdjustmentDraft {
  kind: AdjustmentKind;
  exerciseId: string | null;
  days: DayNumber[];
  dose: DoseDraft;
  mode: 'set' | 'cap';
  activity: string;
  value: string;
  rise: RiseChoice;
  riseActivity: string;
  minutesPerDay: string;
  daysPerWeek: string;
  covers: GoAheadCover[];
  reason: string;
  /** For an include: the rules the exercise fails for this patient, and those confirmed. */
  failedRules: SuitabilityRule[];
  confirmedRules: SuitabilityRule[];
}

/** Where an error is shown. */
export type DraftField = 'exercise' | 'days' | 'dose' | 'value' | 'rise' | 'week' | 'covers' | 'reason' | 'rules' | 'form';
export type DraftErrors = Partial<Record<DraftField, string>>;

/** The words of the form's own checks. */
export interface DraftWords {
  exerciseRequired: string;
  daysRequired: string;
  doseRequired: string;
  doseInvalid: (field: keyof DoseDraft) => string;
  valueInvalid: string;
  weekRequired: string;
  minutesInvalid: string;
  daysInvalid: string;
  coversRequired: string;
  reasonRequired: string;
  rulesRequired: string;
}

type NewAdjustmentInput = z.input<typeof NewAdjustment>;

/** A fresh draft of a kind. */
export function emptyDraft(kind: AdjustmentKind): AdjustmentDraft {
  return {
    kind, exerciseId: null, days: [], dose: { sets: '', reps: '', holdSeconds: '', minutes: '' }, mode: 'cap',
    activity: 'session', value: '', rise: '0.05', riseActivity: '', minutesPerDay: '', daysPerWeek: '', covers: [],
    reason: '', failedRules: [], confirmedRules: [],
  };
}

const DOSE_BOUNDS: Record<keyof DoseDraft, [number, number]> = { sets: [1, 5], reps: [1, 30], holdSeconds: [1, 300], minutes: [1, 90] };

/** A whole number within bounds, `undefined` for an empty field, or `null` when it is wrong. */
export function parseWhole(text: string, min: number, max: number): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/** The typed dose as the contract's dose; `undefined` when empty; an error when a field is wrong. */
export function parseDose(dose: DoseDraft, w: DraftWords): { dose?: Record<string, number>; error?: string } {
  const out: Record<string, number> = {};
  for (const key of Object.keys(DOSE_BOUNDS) as (keyof DoseDraft)[]) {
    const [min, max] = DOSE_BOUNDS[key];
    const value = parseWhole(dose[key], min, max);
    if (value === null) return { error: w.doseInvalid(key) };
    if (value !== undefined) out[key] = value;
  }
  return Object.keys(out).length === 0 ? {} : { dose: out };
}

/** True when an include's failed rules are each confirmed and a reason is written. */
export function rulesSatisfied(draft: AdjustmentDraft): boolean {
  if (draft.kind !== 'include' || draft.failedRules.length === 0) return true;
  return draft.failedRules.every((rule) => draft.confirmedRules.includes(rule)) && draft.reason.trim().length > 0;
}

/** The request for a draft, or the errors to show by each field. */
export function toNewAdjustment(draft: AdjustmentDraft, w: DraftWords): { body: NewAdjustmentInput } | { errors: DraftErrors } {
  const errors: DraftErrors = {};
  const reason = draft.reason.trim() === '' ? null : draft.reason.trim();
  const body = buildBody(draft, reason, errors, w);
  if (draft.kind === 'include' && draft.failedRules.length > 0) {
    if (!draft.failedRules.every((rule) => draft.confirmedRules.includes(rule))) errors.rules = w.rulesRequired;
    if (reason === null) errors.reason = w.reasonRequired;
  }
  return Object.keys(errors).length > 0 || body === null ? { errors } : { body };
}

function buildBody(draft: AdjustmentDraft, reason: string | null, errors: DraftErrors, w: DraftWords): NewAdjustmentInput | null {
  const needExercise = () => {
    if (draft.exerciseId === null) errors.exercise = w.exerciseRequired;
    return draft.exerciseId ?? '';
  };
  const dose = parseDose(draft.dose, w);
  switch (draft.kind) {
    case 'include': {
      const exerciseId = needExercise();
      if (draft.days.length === 0) errors.days = w.daysRequired;
      if (dose.error) errors.dose = dose.error;
      const confirmedRules = draft.confirmedRules.filter((rule) => draft.failedRules.includes(rule));
      return { kind: 'include', exerciseId, days: draft.days, ...(dose.dose ? { dose: dose.dose } : {}), confirmedRules, reason };
    }
    case 'exclude':
      return { kind: 'exclude', exerciseId: needExercise(), reason };
    case 'dose': {
      const exerciseId = needExercise();
      if (dose.error || !dose.dose) errors.dose = dose.error ?? w.doseRequired;
      return { kind: 'dose', exerciseId, mode: draft.mode, dose: dose.dose ?? {}, reason };
    }
    case 'quota': {
      const value = parseWhole(draft.value, 1, 90);
      if (value === null || value === undefined) errors.value = w.valueInvalid;
      return { kind: 'quota', activity: draft.activity, value: value ?? 0, reason };
    }
    case 'rise':
      return { kind: 'rise', weeklyRise: Number(draft.rise), ...(draft.riseActivity ? { activity: draft.riseActivity } : {}), reason };
    case 'week':
      return weekBody(draft, reason, errors, w);
    case 'go_ahead':
      if (draft.covers.length === 0) errors.covers = w.coversRequired;
      return { kind: 'go_ahead', covers: draft.covers, reason };
  }
}

function weekBody(draft: AdjustmentDraft, reason: string | null, errors: DraftErrors, w: DraftWords): NewAdjustmentInput {
  const { minutesPerDay: m, daysPerWeek: d } = PRESCRIBED_WEEK;
  const minutesPerDay = parseWhole(draft.minutesPerDay, m.min, m.max);
  const daysPerWeek = parseWhole(draft.daysPerWeek, d.min, d.max);
  if (minutesPerDay === null) errors.week = w.minutesInvalid;
  else if (daysPerWeek === null) errors.week = w.daysInvalid;
  else if (minutesPerDay === undefined && daysPerWeek === undefined) errors.week = w.weekRequired;
  return {
    kind: 'week',
    ...(typeof minutesPerDay === 'number' ? { minutesPerDay } : {}),
    ...(typeof daysPerWeek === 'number' ? { daysPerWeek } : {}),
    reason,
  };
}

/** The form field a server error names ("dose.sets" → dose), or `form` when it names none. */
export function fieldOfServerError(field: string | undefined): DraftField {
  const head = (field ?? '').split('.')[0] ?? '';
  const map: Record<string, DraftField> = {
    exerciseId: 'exercise', days: 'days', dose: 'dose', activity: 'value', value: 'value', sets: 'value',
    weeklyRise: 'rise', minutesPerDay: 'week', daysPerWeek: 'week', covers: 'covers', reason: 'reason', confirmedRules: 'rules',
  };
  return map[head] ?? 'form';
}
