/**
 * The intake's goals are the PSFS (issue 12): each activity the person names, rated 0-10, is one
 * item of their first PSFS answer set. When a saved intake names other activities than the last
 * PSFS did, its goals are stored as a new PSFS answer set for that day.
 */
import { toLocalDate } from '../../core/calendar.js';
import type { Goal } from '../../core/profile.js';
import { PSFS, PSFS_MAX_ACTIVITIES, psfsLinkId, type Answer } from '../../core/questionnaires/index.js';
import { insertResponse, listResponses } from '../../db/questionnaire.repository.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SubjectRef } from '../access.js';

/** The goals as PSFS answers: one per activity, labelled with the person's own words. */
export function psfsAnswersOf(goals: readonly Goal[]): Answer[] {
  return goals
    .slice(0, PSFS_MAX_ACTIVITIES)
    .map((goal, n) => ({ linkId: psfsLinkId(n + 1), value: goal.score, code: null, label: goal.activity.trim() }));
}

const activitiesOf = (answers: readonly Answer[]) => answers.map((a) => a.label ?? '').join('\n');

/**
 * Stores the goals as a PSFS answer set when their activities differ from the last one's (pass the
 * transaction the profile is saved in, so the two are stored together or not at all).
 */
export async function recordPsfsFromGoals(db: Kysely<Database>, subject: SubjectRef, goals: readonly Goal[], at: { now: string; newId: () => string }): Promise<void> {
  const answers = psfsAnswersOf(goals);
  if (answers.length === 0) return;
  const earlier = await listResponses(db, subject.id, { instrument: 'psfs' });
  const last = earlier.at(-1);
  if (last && activitiesOf(last.answers) === activitiesOf(answers)) return;
  const response = {
    id: at.newId(), instrument: PSFS.key, version: PSFS.version, localDate: toLocalDate(at.now, subject.timeZone),
    at: at.now, answers, checkinId: null, clientId: null,
  };
  await insertResponse(db, subject.id, response, at.now);
}
