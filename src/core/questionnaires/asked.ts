/**
 * Which instruments a person is asked, and on what schedule: the built-ins (the pain rating only
 * when a clinician assigned it, the PSFS when the person named goals, the global impression, and
 * the weekly PEG inside the check-in) and the live imported ones a clinician assigned — each on a
 * clinician's schedule where one is set, else its own.
 */
import type { Goal } from '../profile.js';
import { builtInInstrument, formFor } from './catalog.js';
import { effectiveSchedule, type ScheduledInstrument } from './due.js';
import { answerableItems } from './form.js';
import { instrumentOfImported, type ImportedRecord } from './instruments/imported.js';
import { importedInstrumentKey, type AssignedSchedule, type FormDefinition, type Instrument, type InstrumentKey } from './types.js';

/** One instrument a person is asked, with the form they answer. */
export interface AskedInstrument extends ScheduledInstrument {
  form: FormDefinition;
}

const BUILT_IN_ORDER = ['peg', 'psfs', 'pgic', 'pain_rating'] as const;

function isOffered(key: InstrumentKey, goals: readonly Goal[], assigned: AssignedSchedule | undefined): boolean {
  switch (key) {
    case 'psfs':
      return goals.length > 0;
    case 'peg':
    case 'pgic':
      return true;
    default:
      // The pain rating (asked in every check-in anyway) and imported forms: only when assigned.
      return assigned !== undefined && assigned.everyDays !== null;
  }
}

function askedOf(instrument: Instrument, goals: readonly Goal[], assigned: AssignedSchedule | undefined, importedForm: FormDefinition | undefined): AskedInstrument | null {
  if (!isOffered(instrument.key, goals, assigned)) return null;
  const form = formFor(instrument, { goals }, importedForm);
  if (!form) return null;
  // The items this person's form has (a PSFS has one per goal), not the most an instrument may have.
  const itemCount = answerableItems(form.items).length;
  return { instrument, schedule: effectiveSchedule(instrument, assigned ?? null), assignedBy: assigned?.setBy.name ?? null, itemCount, form };
}

/** The person's instruments: built-ins, then the live imported ones a clinician assigned. */
export function instrumentsAsked(
  goals: readonly Goal[],
  schedules: readonly AssignedSchedule[],
  imported: readonly (ImportedRecord & { retiredAt: string | null })[],
): AskedInstrument[] {
  const assignedOf = (key: InstrumentKey) => schedules.find((s) => s.instrument === key);
  const builtIns = BUILT_IN_ORDER.map((key) => askedOf(builtInInstrument(key), goals, assignedOf(key), undefined));
  const live = imported.filter((r) => r.retiredAt === null);
  const imports = live.map((record) => askedOf(instrumentOfImported(record), goals, assignedOf(importedInstrumentKey(record.id)), record.form));
  return [...builtIns, ...imports].filter((i): i is AskedInstrument => i !== null);
}
