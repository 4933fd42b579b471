/**
 * The instruments a person is asked (issue 12), read once per request: the built-ins (the pain
 * rating only when a clinician assigned it, the PSFS when the person named goals, the global
 * impression, and the weekly PEG inside the check-in) and the imported ones a clinician assigned,
 * each on a clinician's schedule where one is set, else its own.
 */
import { toLocalDate, type LocalDate } from '../../core/calendar.js';
import type { Goal } from '../../core/profile.js';
import {
  answerableItems,
  builtInInstrument,
  effectiveSchedule,
  formFor,
  importedIdOf,
  instrumentOfImported,
  isBuiltInInstrument,
  type AssignedSchedule,
  type FormDefinition,
  type Instrument,
  type InstrumentKey,
  type ScheduledInstrument,
  type StoredResponse,
} from '../../core/questionnaires/index.js';
import { ProfileSchema } from '../../contract/profile.js';
import { listImportedQuestionnaires, type ImportedQuestionnaireRecord } from '../../db/imported-questionnaire.repository.js';
import { findProfile } from '../../db/profile.repository.js';
import { listResponses, listSchedules } from '../../db/questionnaire.repository.js';
import type { Services } from '../context.js';
import type { Subject } from '../access.js';

/** One instrument a person is asked, with the form they answer. */
export interface PersonInstrument extends ScheduledInstrument {
  form: FormDefinition;
}

/** Everything due-keeping, answering and history read about one person. */
export interface PersonQuestionnaires {
  /** False before the intake is finished (nothing is asked then). */
  hasIntake: boolean;
  goals: Goal[];
  instruments: PersonInstrument[];
  schedules: AssignedSchedule[];
  /** Every imported questionnaire, retired ones too (old answers keep their instrument). */
  imported: ImportedQuestionnaireRecord[];
  responses: StoredResponse[];
  /** The person's first day: their first PSFS (the intake's goals), else the account's first day. */
  firstDay: LocalDate;
}

const BUILT_IN_ORDER = ['peg', 'psfs', 'pgic', 'pain_rating'] as const;

/** An instrument by key, built-in or imported (retired ones too), or null when there is none. */
export function instrumentOf(key: InstrumentKey, imported: readonly ImportedQuestionnaireRecord[]): Instrument | null {
  if (isBuiltInInstrument(key)) return builtInInstrument(key);
  const id = importedIdOf(key);
  const record = imported.find((r) => r.id === id);
  return record ? instrumentOfImported(record) : null;
}

function isOffered(key: InstrumentKey, goals: readonly Goal[], assigned: AssignedSchedule | undefined): boolean {
  switch (key) {
    case 'pain_rating':
      return assigned !== undefined && assigned.everyDays !== null;
    case 'psfs':
      return goals.length > 0;
    case 'peg':
    case 'pgic':
      return true;
    default:
      return assigned !== undefined && assigned.everyDays !== null;
  }
}

function scheduledOf(instrument: Instrument, goals: readonly Goal[], assigned: AssignedSchedule | undefined, imported: ImportedQuestionnaireRecord | undefined): PersonInstrument | null {
  if (!isOffered(instrument.key, goals, assigned)) return null;
  const form = formFor(instrument, { goals }, imported?.form);
  if (!form) return null;
  // The items this person's form has (a PSFS has one per goal), not the most an instrument may have.
  const itemCount = answerableItems(form.items).length;
  return { instrument, schedule: effectiveSchedule(instrument, assigned ?? null), assignedBy: assigned?.setBy.name ?? null, itemCount, form };
}

/** The person's instruments: built-ins, then the live imported ones a clinician assigned. */
function instrumentsOf(goals: readonly Goal[], schedules: readonly AssignedSchedule[], imported: readonly ImportedQuestionnaireRecord[]): PersonInstrument[] {
  const assignedOf = (key: InstrumentKey) => schedules.find((s) => s.instrument === key);
  const builtIns = BUILT_IN_ORDER.map((key) => scheduledOf(builtInInstrument(key), goals, assignedOf(key), undefined));
  const live = imported.filter((r) => r.retiredAt === null);
  const imports = live.map((record) => scheduledOf(instrumentOfImported(record), goals, assignedOf(record.instrument), record));
  return [...builtIns, ...imports].filter((i): i is PersonInstrument => i !== null);
}

/** Reads what the person is asked, what they answered and their first day. */
export async function loadPersonQuestionnaires(services: Services, subject: Subject): Promise<PersonQuestionnaires> {
  const [profile, schedules, imported, responses] = await Promise.all([
    findProfile(services.db, subject.id),
    listSchedules(services.db, subject.id),
    listImportedQuestionnaires(services.db, { includeRetired: true }),
    listResponses(services.db, subject.id),
  ]);
  const parsed = profile ? ProfileSchema.safeParse(profile.data) : null;
  const goals = parsed?.success ? (parsed.data.goals ?? []) : [];
  const firstPsfs = responses.find((r) => r.instrument === 'psfs');
  return {
    hasIntake: profile !== null,
    goals,
    instruments: instrumentsOf(goals, schedules, imported),
    schedules,
    imported,
    responses,
    firstDay: firstPsfs?.localDate ?? toLocalDate(subject.createdAt, subject.timeZone),
  };
}
