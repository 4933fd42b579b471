/**
 * What one person's questionnaires stand on (issue 12), read once per request: their goals,
 * the schedules a clinician set, the imported forms and their answers; which instruments they are
 * asked is core's rule (`instrumentsAsked`).
 */
import { toLocalDate, type LocalDate } from '../../core/calendar.js';
import type { Goal } from '../../core/profile.js';
import {
  builtInInstrument,
  importedIdOf,
  instrumentsAsked,
  type AskedInstrument,
  instrumentOfImported,
  isBuiltInInstrument,
  type AssignedSchedule,
  type Instrument,
  type InstrumentKey,
  type StoredResponse,
} from '../../core/questionnaires/index.js';
import { ProfileSchema } from '../../contract/profile.js';
import { listImportedQuestionnaires, type ImportedQuestionnaireRecord } from '../../db/imported-questionnaire.repository.js';
import { findProfile } from '../../db/profile.repository.js';
import { listResponses, listSchedules } from '../../db/questionnaire.repository.js';
import type { Services } from '../context.js';
import type { Subject } from '../access.js';

/** One instrument a person is asked, with the form they answer. */
export type PersonInstrument = AskedInstrument;

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

/** An instrument by key, built-in or imported (retired ones too), or null when there is none. */
export function instrumentOf(key: InstrumentKey, imported: readonly ImportedQuestionnaireRecord[]): Instrument | null {
  if (isBuiltInInstrument(key)) return builtInInstrument(key);
  const id = importedIdOf(key);
  const record = imported.find((r) => r.id === id);
  return record ? instrumentOfImported(record) : null;
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
    instruments: instrumentsAsked(goals, schedules, imported),
    schedules,
    imported,
    responses,
    firstDay: firstPsfs?.localDate ?? toLocalDate(subject.createdAt, subject.timeZone),
  };
}
