/**
 * The built-in instruments by key, and the form a person answers for any instrument.
 */
import type { Goal } from '../profile.js';
import { PAIN_RATING, painRatingForm } from './instruments/pain-rating.js';
import { PEG, pegForm } from './instruments/peg.js';
import { PGIC, pgicForm } from './instruments/pgic.js';
import { PSFS, psfsForm } from './instruments/psfs.js';
import { isBuiltInInstrument, type BuiltInInstrument, type FormDefinition, type Instrument } from './types.js';

const BUILT_INS: Record<BuiltInInstrument, { instrument: Instrument; form: (goals: readonly Goal[]) => FormDefinition | null }> = {
  pain_rating: { instrument: PAIN_RATING, form: painRatingForm },
  peg: { instrument: PEG, form: pegForm },
  psfs: { instrument: PSFS, form: psfsForm },
  pgic: { instrument: PGIC, form: pgicForm },
};

/** A built-in instrument as data. */
export function builtInInstrument(key: BuiltInInstrument): Instrument {
  return BUILT_INS[key].instrument;
}

/**
 * The form a person answers. Built-ins are made here (PSFS from the person's goals: null when they
 * named none); an imported instrument's form is the stored one (`importedForm`; null without it).
 */
export function formFor(
  instrument: Instrument,
  person: { goals: readonly Goal[] },
  importedForm?: FormDefinition,
): FormDefinition | null {
  if (isBuiltInInstrument(instrument.key)) return BUILT_INS[instrument.key].form(person.goals);
  return importedForm && importedForm.instrument === instrument.key ? importedForm : null;
}
