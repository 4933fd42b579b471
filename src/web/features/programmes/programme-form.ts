/**
 * The programme form as data: a draft from a programme (or empty), and the request the contract
 * takes, or each field's error in words. Items reuse the prescription form's day and dose rules.
 */
import type { z } from 'zod';
import type { Programme, ProgrammeInput } from '../../../contract/prescription.js';
import type { DayNumber } from '../../../core/planner/plan.js';
import { parseDose, type DoseDraft, type DraftWords } from '../prescription/adjustment-form.js';

/** One exercise of the draft. */
export interface ItemDraft {
  key: number;
  exerciseId: string | null;
  days: DayNumber[];
  dose: DoseDraft;
}

/** The whole draft; `rise` is '' for pacing's usual 10 %, or a fraction as text. */
export interface ProgrammeDraft {
  name: string;
  description: string;
  shared: boolean;
  items: ItemDraft[];
  rise: string;
}

/** Errors by field; `items` for the list itself, and per item by its key. */
export interface ProgrammeErrors {
  name?: string;
  items?: string;
  item?: Record<number, { exercise?: string; days?: string; dose?: string }>;
}

const doseText = (n: number | undefined) => (n === undefined ? '' : String(n));

/** An empty item with a fresh key. */
export function emptyItem(key: number): ItemDraft {
  return { key, exerciseId: null, days: [], dose: { sets: '', reps: '', holdSeconds: '', minutes: '' } };
}

/** The draft of an existing programme, or of a new one. */
export function draftOf(programme: Programme | null): ProgrammeDraft {
  if (!programme) return { name: '', description: '', shared: false, items: [emptyItem(1)], rise: '' };
  return {
    name: programme.name,
    description: programme.description ?? '',
    shared: programme.shared,
    items: programme.items.map((item, n) => ({
      key: n + 1,
      exerciseId: item.exerciseId,
      days: [...item.days],
      dose: { sets: doseText(item.dose?.sets), reps: doseText(item.dose?.reps), holdSeconds: doseText(item.dose?.holdSeconds), minutes: doseText(item.dose?.minutes) },
    })),
    rise: programme.weeklyRise === null ? '' : String(programme.weeklyRise),
  };
}

/** The request for a draft, or its errors. */
export function toProgrammeInput(draft: ProgrammeDraft, w: DraftWords & { nameRequired: string; itemsRequired: string }): { body: z.input<typeof ProgrammeInput> } | { errors: ProgrammeErrors } {
  const errors: ProgrammeErrors = {};
  if (draft.name.trim() === '') errors.name = w.nameRequired;
  if (draft.items.length === 0) errors.items = w.itemsRequired;
  const itemErrors: NonNullable<ProgrammeErrors['item']> = {};
  const items = draft.items.map((item) => {
    const dose = parseDose(item.dose, w);
    const e: { exercise?: string; days?: string; dose?: string } = {};
    if (item.exerciseId === null) e.exercise = w.exerciseRequired;
    if (item.days.length === 0) e.days = w.daysRequired;
    if (dose.error) e.dose = dose.error;
    if (Object.keys(e).length > 0) itemErrors[item.key] = e;
    return { exerciseId: item.exerciseId ?? '', days: item.days, ...(dose.dose ? { dose: dose.dose } : {}) };
  });
  if (Object.keys(itemErrors).length > 0) errors.item = itemErrors;
  if (Object.keys(errors).length > 0) return { errors };
  return {
    body: {
      name: draft.name.trim(),
      description: draft.description.trim() === '' ? null : draft.description.trim(),
      shared: draft.shared,
      items,
      weeklyRise: draft.rise === '' ? null : Number(draft.rise),
    },
  };
}

/** Programmes split into the caller's own and those others shared, each by name. */
export function splitProgrammes(items: readonly Programme[]): { mine: Programme[]; shared: Programme[] } {
  const byName = (a: Programme, b: Programme) => a.name.localeCompare(b.name);
  return { mine: items.filter((p) => p.mine).sort(byName), shared: items.filter((p) => !p.mine).sort(byName) };
}
