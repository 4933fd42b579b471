/**
 * Moving servers (issue 12): a JSON export of version 1 or 2 brought into a new account, all or
 * nothing. The file is read whole and checked before anything is written; every row gets a new
 * id (the same file imported twice never collides) and keeps its days, instants, device ids and
 * notes; a version 1 file's weekly PEG becomes answer sets. The old server's care stays behind,
 * and this week's plan is built afresh here from the profile and safety answers that come along.
 */
import { z } from 'zod';
import { write } from '../../core/access/policy.js';
import { toLocalDate, weekStartOf } from '../../core/calendar.js';
import { AppError } from '../../core/errors.js';
import { checkImportedAnswers } from '../../core/export/import-answers.js';
import { decideVersion, findControlCharacter, findFutureLessonEvent, findImportProblem, findTooManyLessonEvents, findTooLongText, leftBehindOf, pegResponsesOf, withNewIds } from '../../core/export/import-checks.js';
import type { FormDefinition } from '../../core/questionnaires/types.js';
import { importedIdOf } from '../../core/questionnaires/types.js';
import { listImportedQuestionnaires } from '../../db/imported-questionnaire.repository.js';
import { countLessonEvents } from '../../db/lesson.repository.js';
import type { ImportRequest, ImportResult } from '../../contract/data-export.routes.js';
import { ExportDocument } from '../../contract/export.js';
import { PSFS } from '../../core/questionnaires/index.js';
import { hasAnyData, insertImportedRows, lockAccount, type ImportRowsToStore } from '../../db/import.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';
import { fromZodError } from '../http-errors.js';
import { psfsAnswersOf } from './psfs-baseline.js';

const LooseList = z.array(z.unknown()).optional();

/** A version 1 file: the PEG inside check-ins, no answer sets; its care (left behind) as it was then. */
const ExportDocumentV1 = ExportDocument.omit({ version: true, questionnaireResponses: true, questionnaireSchedules: true, care: true }).extend({
  version: z.literal(1),
  care: z.object({ links: LooseList, notes: LooseList, reviews: LooseList, looks: LooseList, prescription: LooseList }).optional(),
});

type ImportFile = z.infer<typeof ImportRequest>;
type Rows = Omit<ImportRowsToStore, 'weeks' | 'lessonEvents'> & { weeks: ExportDocument['weeks']; lessonEvents: ExportDocument['lessonEvents']; care: Parameters<typeof leftBehindOf>[0]['care']; schedules: number };

/** Brings a file into the person's account, which must hold nothing yet. */
export async function importAccount(services: Services, person: Person, file: ImportFile): Promise<z.infer<typeof ImportResult>> {
  const subject = await requireAccess(services, person, write('account'), person.id);
  // Reading a large file costs the most: an account that cannot take it is told before.
  if (await hasAnyData(services.db, person.id)) throw notEmpty();
  const read = readFile(services, file, subject.timeZone);
  const { profile, intakeDraft, checkins, sessions, responses, weeks: allWeeks, badDays } = read;
  // Only what was read is checked (what the schemas dropped is never walked or stored).
  const problem =
    findControlCharacter({ profile, intakeDraft, checkins, sessions, responses, weeks: allWeeks, badDays }) ??
    findImportProblem({ ...read, questionnaireResponses: responses }) ??
    findTooLongText(read) ??
    findFutureLessonEvent(read.lessonEvents, services.clock.now()) ??
    findTooManyLessonEvents(read.lessonEvents.length, 0);
  if (problem) throw new AppError('validation_failed', `This file cannot be imported: ${problem.message}`, problem.field);
  const answers = checkImportedAnswers(responses, await importedFormsFor(services, responses));
  if (!answers.ok) throw new AppError('validation_failed', `This file cannot be imported: ${answers.problem.message}`, answers.problem.field);
  const rows = { ...read, responses: answers.responses };
  const thisWeek = weekStartOf(toLocalDate(services.clock.now(), subject.timeZone));
  const weeks = rows.weeks.filter((w) => w.weekStart < thisWeek);
  const renewed = withNewIds({ checkins: rows.checkins, sessions: rows.sessions, responses: rows.responses }, services.newId);
  const lessonEvents = rows.lessonEvents.map((event) => ({ ...event, id: services.newId() }));
  await services.db.transaction().execute(async (trx) => {
    await lockAccount(trx, person.id);
    if (await hasAnyData(trx, person.id)) throw notEmpty();
    const tooMany = findTooManyLessonEvents(lessonEvents.length, lessonEvents.length > 0 ? await countLessonEvents(trx, person.id) : 0);
    if (tooMany) throw new AppError('validation_failed', `This file cannot be imported: ${tooMany.message}`, tooMany.field);
    await insertImportedRows(trx, person.id, { ...rows, ...renewed, weeks, lessonEvents }, services.clock.now());
  });
  return {
    checkins: renewed.checkins.length,
    sessions: renewed.sessions.length,
    questionnaireResponses: renewed.responses.length,
    weeks: weeks.length,
    badDays: rows.badDays.length,
    leftBehind: leftBehindOf({ care: rows.care, schedules: rows.schedules, laterWeeks: rows.weeks.length - weeks.length }),
  };
}

/** The file's rows as version 2 has them, or a 400 naming the first thing wrong. */
function readFile(services: Services, file: ImportFile, timeZone: string): Rows {
  const decision = decideVersion(file.version);
  if (decision === 'newer') {
    throw new AppError('validation_failed', `This file comes from a newer version of Pacewise (export version ${file.version}). Please ask whoever runs this server to update Pacewise, then import the file again.`, 'version');
  }
  if (decision === 'unknown') throw new AppError('validation_failed', 'This file is not a Pacewise export this server can read.', 'version');
  if (file.version === 1) {
    const parsed = ExportDocumentV1.safeParse(file);
    if (!parsed.success) throw fromZodError(parsed.error, 'body');
    const doc = parsed.data;
    const care = doc.care ? { links: doc.care.links ?? [], notes: doc.care.notes ?? [], reviews: doc.care.reviews ?? [], looks: doc.care.looks ?? [], prescription: doc.care.prescription ?? [] } : null;
    const responses = [...pegResponsesOf(doc.checkins, services.newId), ...psfsBaselineOf(services, doc.profile, timeZone)];
    return { ...doc, responses, care, schedules: 0 };
  }
  const parsed = ExportDocument.safeParse(file);
  if (!parsed.success) throw fromZodError(parsed.error, 'body');
  const doc = parsed.data;
  return { ...doc, responses: doc.questionnaireResponses, care: doc.care, schedules: doc.questionnaireSchedules.length };
}

/**
 * A version 1 file's intake goals as the first PSFS answer set, dated by the day the profile was
 * saved — as migration 0013 did for the profiles a server already held.
 */
function psfsBaselineOf(services: Services, profile: ExportDocument['profile'], timeZone: string): ExportDocument['questionnaireResponses'] {
  const answers = profile ? psfsAnswersOf(profile.profile.goals ?? []) : [];
  if (!profile || answers.length === 0) return [];
  const at = profile.updatedAt;
  return [{ id: services.newId(), instrument: PSFS.key, version: PSFS.version, localDate: toLocalDate(at, timeZone), at, answers, checkinId: null, clientId: null, createdAt: at }];
}

/** The forms of this server's imported questionnaires that the file's answer sets name. */
async function importedFormsFor(services: Services, responses: readonly { instrument: string }[]): Promise<Map<string, FormDefinition>> {
  if (!responses.some((r) => importedIdOf(r.instrument) !== null)) return new Map();
  const records = await listImportedQuestionnaires(services.db, { includeRetired: true });
  return new Map(records.map((r) => [r.id, r.form]));
}

function notEmpty(): AppError {
  return new AppError('conflict', 'This account already has entries, so nothing was imported. An export can only be brought into a new account that holds nothing yet: create a new account and import it there.');
}
