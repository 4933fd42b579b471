/**
 * Questionnaires for the signed-in person (issue 12): the one form due today (never more than one
 * questionnaire screen a day; the weekly PEG is asked in the check-in), answering it idempotently
 * by clientId, and the history of scores with their meaningful-change marks.
 */
import { addDays, toLocalDate } from '../../core/calendar.js';
import { AppError } from '../../core/errors.js';
import { read, write } from '../../core/access/policy.js';
import {
  buildHistory,
  checkAnswers,
  dueToday,
  scoreAnswers,
  type Answer,
  type AnswerProblem,
  type Instrument,
  type StoredResponse,
} from '../../core/questionnaires/index.js';
import type { AnswerQuestionnaireRequest, DueQuestionnaire, HistoryQuery, QuestionnaireHistory, QuestionnaireResponseDto } from '../../contract/questionnaire.js';
import { findResponseByClientId, insertResponse } from '../../db/questionnaire.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';
import { instrumentOf, loadPersonQuestionnaires, type PersonQuestionnaires } from './questionnaire-instruments.js';
import type { z } from 'zod';

/** How many days back an answer set may be dated. */
const LATEST_DAYS_BACK = 7;

type Due = z.infer<typeof DueQuestionnaire>;
type AnswerRequest = z.infer<typeof AnswerQuestionnaireRequest>;
type History = z.infer<typeof QuestionnaireHistory>;

/** The questionnaire due for the person today, if any; nothing before the intake is finished. */
export async function getDueQuestionnaire(services: Services, actor: Person, subjectId: string): Promise<Due> {
  const subject = await requireAccess(services, actor, read('outcomes'), subjectId);
  const person = await loadPersonQuestionnaires(services, subject);
  if (!person.hasIntake) return { due: null };
  const today = toLocalDate(services.clock.now(), subject.timeZone);
  const due = dueToday({ today, instruments: person.instruments, responses: answeredOf(person), firstDay: person.firstDay });
  const form = due ? person.instruments.find((i) => i.instrument.key === due.instrument)?.form : undefined;
  return { due: due && form ? { form, dueSince: due.dueSince, assignedBy: due.assignedBy } : null };
}

/** What due-keeping counts of each answer set: its day and how many items were answered. */
function answeredOf(person: PersonQuestionnaires) {
  return person.responses.map((r) => ({ instrument: r.instrument, localDate: r.localDate, itemCount: r.answers.length }));
}

/** A stored answer set with its score, as the contract has it. */
export function presentResponse(response: StoredResponse, instrument: Instrument): QuestionnaireResponseDto {
  return {
    id: response.id,
    instrument: response.instrument,
    version: response.version,
    localDate: response.localDate,
    at: response.at,
    answers: response.answers,
    score: scoreAnswers(instrument, response.answers),
    checkinId: response.checkinId,
    clientId: response.clientId,
  };
}

/**
 * Answers a questionnaire. The same clientId again is answered with the answer set stored the
 * first time; a different answer set under it is a conflict.
 */
export async function answerQuestionnaire(services: Services, actor: Person, subjectId: string, input: AnswerRequest): Promise<QuestionnaireResponseDto> {
  const subject = await requireAccess(services, actor, write('outcomes'), subjectId);
  if (input.instrument === 'peg') {
    throw new AppError('validation_failed', 'The three weekly questions are answered in the check-in.', 'instrument');
  }
  const person = await loadPersonQuestionnaires(services, subject);
  const asked = person.instruments.find((i) => i.instrument.key === input.instrument);
  const checked = asked ? checkAnswers(asked.form, input.answers) : null;
  const sent = { instrument: input.instrument, localDate: input.localDate, answers: checked?.ok ? checked.answers : input.answers };
  const earlier = await findResponseByClientId(services.db, subject.id, input.clientId);
  if (earlier) return answeredBefore(earlier, sent, person);
  if (!asked || !checked) throw new AppError('not_found', 'That questionnaire is not one you are asked.');
  if (!checked.ok) throw answerProblem(checked.problems);
  const now = services.clock.now();
  const today = toLocalDate(now, subject.timeZone);
  if (input.localDate !== undefined && input.localDate > today) {
    throw new AppError('unacceptable', 'Answers cannot be for a day that has not come yet.', 'localDate');
  }
  // A week back covers answers sent late; further back would rewrite where the history starts.
  if (input.localDate !== undefined && input.localDate < addDays(today, -LATEST_DAYS_BACK)) {
    throw new AppError('unacceptable', `Answers can be for today or up to ${LATEST_DAYS_BACK} days before.`, 'localDate');
  }
  const response: StoredResponse = {
    id: services.newId(),
    instrument: asked.instrument.key,
    version: asked.form.version,
    localDate: input.localDate ?? today,
    at: now,
    answers: checked.answers,
    checkinId: null,
    clientId: input.clientId,
  };
  const stored = await insertResponse(services.db, subject.id, response, now);
  // Another request with this clientId got there first: answer as a retry of it.
  if (stored.id !== response.id) return answeredBefore(stored, sent, person);
  return presentResponse(stored, asked.instrument);
}

/** What was sent, with its answers as checked against the form when they passed. */
interface SentAnswers {
  instrument: string;
  localDate: string | undefined;
  answers: readonly Answer[];
}

function answeredBefore(earlier: StoredResponse, sent: SentAnswers, person: PersonQuestionnaires): QuestionnaireResponseDto {
  const instrument = instrumentOf(earlier.instrument, person.imported);
  if (!instrument || !isSameAnswerSet(earlier, sent)) throw conflict();
  return presentResponse(earlier, instrument);
}

function conflict(): AppError {
  return new AppError('conflict', 'These answers were already sent with different ones. Start the questionnaire again.', 'clientId');
}

/** A retry is the same answer set: the same instrument, day (when given) and answers given. */
function isSameAnswerSet(stored: StoredResponse, input: SentAnswers): boolean {
  if (stored.instrument !== input.instrument) return false;
  if (input.localDate !== undefined && input.localDate !== stored.localDate) return false;
  const given = (answers: readonly Answer[]) =>
    answers
      .filter((a) => a.value !== null || a.code !== null)
      .map((a) => `${a.linkId}=${a.value ?? ''}/${a.code ?? ''}`)
      .sort()
      .join('|');
  return given(stored.answers) === given(input.answers);
}

const PROBLEM_WORDS: Record<AnswerProblem['code'], string> = {
  unknown_item: 'This question is not on the form.',
  not_an_option: 'Choose one of the answers given.',
  out_of_range: 'This answer is outside the scale.',
  required: 'This question needs an answer.',
  not_enabled: 'This question is not asked with the answers given before it.',
  duplicate: 'This question was answered twice.',
};

function answerProblem(problems: readonly AnswerProblem[]): AppError {
  const first = problems[0];
  if (!first) return new AppError('validation_failed', 'Check the answers.', 'answers');
  return new AppError('validation_failed', PROBLEM_WORDS[first.code], `answers.${first.linkId}`);
}

/** The person's history per instrument answered (the PEG too), or of one instrument. */
export async function getQuestionnaireHistory(services: Services, actor: Person, subjectId: string, query: z.infer<typeof HistoryQuery>): Promise<History> {
  const subject = await requireAccess(services, actor, read('outcomes'), subjectId);
  return historyOf(await loadPersonQuestionnaires(services, subject), query.instrument);
}

/** Histories of the instruments answered, in the order first answered. */
export function historyOf(person: PersonQuestionnaires, only?: string): History {
  const keys = [...new Set(person.responses.map((r) => r.instrument))].filter((key) => only === undefined || key === only);
  const instruments = keys.flatMap((key) => {
    const instrument = instrumentOf(key, person.imported);
    return instrument ? [buildHistory(instrument, person.responses)] : [];
  });
  return { instruments };
}
