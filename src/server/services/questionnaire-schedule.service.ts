/**
 * A linked clinician's view of a patient's questionnaires (issue 12): each instrument's schedule
 * (its own, or the one a clinician set, with their name as it was then) and the scores so far;
 * and setting an instrument's schedule, or stopping it.
 */
import { read, write } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import {
  BUILT_IN_INSTRUMENTS,
  builtInInstrument,
  effectiveSchedule,
  importedIdOf,
  instrumentOfImported,
  isBuiltInInstrument,
  type AssignedSchedule,
  type Instrument,
  type InstrumentKey,
} from '../../core/questionnaires/index.js';
import type { PatientQuestionnaires, PutScheduleRequest, ScheduleSchema } from '../../contract/questionnaire.js';
import { findImportedQuestionnaire } from '../../db/imported-questionnaire.repository.js';
import { saveSchedule } from '../../db/questionnaire.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';
import { loadPersonQuestionnaires } from './questionnaire-instruments.js';
import { historyOf } from './questionnaire.service.js';
import type { z } from 'zod';

type Schedule = z.infer<typeof ScheduleSchema>;

function scheduleOf(instrument: Instrument, assigned: AssignedSchedule | null): Schedule {
  const schedule = effectiveSchedule(instrument, assigned);
  return {
    instrument: instrument.key,
    title: instrument.title,
    everyDays: schedule.everyDays,
    insideCheckin: schedule.insideCheckin,
    setBy: assigned ? { clinicianId: assigned.setBy.clinicianId, name: assigned.setBy.name, at: assigned.setBy.at } : null,
  };
}

/** A linked patient's schedules (built-ins and every live imported form) and scores so far. */
export async function getPatientQuestionnaires(services: Services, actor: Person, patientId: string): Promise<z.infer<typeof PatientQuestionnaires>> {
  const subject = await requireAccess(services, actor, read('outcomes'), patientId);
  const person = await loadPersonQuestionnaires(services, subject);
  const assignedOf = (key: InstrumentKey) => person.schedules.find((s) => s.instrument === key) ?? null;
  const instruments = [
    ...BUILT_IN_INSTRUMENTS.map((key) => builtInInstrument(key)),
    ...person.imported.filter((r) => r.retiredAt === null).map((record) => instrumentOfImported(record)),
  ];
  return {
    schedules: instruments.map((instrument) => scheduleOf(instrument, assignedOf(instrument.key))),
    history: historyOf(person),
  };
}

/** The instrument a clinician may schedule: a built-in (not the check-in's PEG) or a live imported form. */
async function schedulableInstrument(services: Services, key: string): Promise<Instrument> {
  if (key === 'peg') {
    throw new AppError('unacceptable', 'The three weekly questions are part of the check-in; their schedule is fixed.', 'instrument');
  }
  if (isBuiltInInstrument(key)) return builtInInstrument(key);
  const id = importedIdOf(key);
  const record = id === null ? null : await findImportedQuestionnaire(services.db, id);
  if (!record || record.retiredAt !== null) throw new AppError('not_found', 'That questionnaire was not found.');
  return instrumentOfImported(record);
}

/** Asks a linked patient an instrument every N days, or stops asking it (null). */
export async function putPatientQuestionnaireSchedule(
  services: Services,
  actor: Person,
  params: { patientId: string; instrument: string },
  input: z.infer<typeof PutScheduleRequest>,
): Promise<Schedule> {
  const subject = await requireAccess(services, actor, write('outcome_schedule'), params.patientId);
  const instrument = await schedulableInstrument(services, params.instrument);
  const assigned: AssignedSchedule = {
    instrument: instrument.key,
    everyDays: input.everyDays,
    setBy: { clinicianId: actor.id, name: actor.name, at: services.clock.now() },
  };
  await saveSchedule(services.db, subject.id, assigned);
  return scheduleOf(instrument, assigned);
}
