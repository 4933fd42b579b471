/**
 * The safety loop after intake (CLINICAL.md §1): stop signs from session logs, check-ins that
 * report something new or a new pain area, and answering the safety questions again.
 */
import { toLocalDate } from '../../core/calendar.js';
import { AppError } from '../../core/errors.js';
import { findSafetyProblems, tidySafetyAnswers } from '../../core/intake.js';
import type { Profile } from '../../core/profile.js';
import {
  assessPlanSafety,
  findReviewReasons,
  findSafetyHold,
  lastStopSignOn,
  screenedAtOf,
  type StopSign,
  type StopSignFacts,
} from '../../core/safety-review.js';
import type { PutSafetyRequest, SafetyStatus } from '../../contract/safety.js';
import { ProfileSchema } from '../../contract/profile.js';
import { listAllCheckins } from '../../db/checkin.repository.js';
import { findProfile, saveProfile } from '../../db/profile.repository.js';
import { listAllSessionLogs } from '../../db/session-log.repository.js';
import { read, write } from '../../core/access/policy.js';
import { requireAccess, type SubjectRef } from '../access.js';
import type { Person, Services } from '../context.js';
import { emergencyNumberOf } from '../presenters.js';

async function loadProfile(services: Services, subject: SubjectRef): Promise<{ profile: Profile; updatedAt: string }> {
  const stored = await findProfile(services.db, subject.id);
  if (!stored) throw new AppError('not_found', 'There is no profile yet. Finish the intake first.');
  return { profile: ProfileSchema.parse(stored.data), updatedAt: stored.updatedAt };
}

/** Sessions that ended with a stop reason, as stop signs. */
async function listStopSigns(services: Services, subject: SubjectRef): Promise<StopSign[]> {
  const rows = await listAllSessionLogs(services.db, subject.id);
  return rows.flatMap((row) =>
    row.stopReason ? [{ reason: row.stopReason, at: row.startedAt, localDate: row.localDate }] : [],
  );
}

/** What the planner needs to know about stop signs: the hold, and the day of the last one. */
export async function findStopSignFacts(
  services: Services,
  subject: SubjectRef,
  stored: { profile: Profile; updatedAt: string },
): Promise<Required<StopSignFacts>> {
  const stops = await listStopSigns(services, subject);
  const screenedAt = screenedAtOf(stored.profile.safety, stored.updatedAt);
  return { safetyHold: findSafetyHold(stops, screenedAt), lastStopSignOn: lastStopSignOn(stops) };
}

/** The person's safety status: what their plan is built on, and whether the screen is due again. */
export async function getSafety(services: Services, actor: Person, subjectId: string): Promise<SafetyStatus> {
  return safetyStatusOf(services, await requireAccess(services, actor, read('safety'), subjectId));
}

async function safetyStatusOf(services: Services, subject: SubjectRef): Promise<SafetyStatus> {
  const stored = await loadProfile(services, subject);
  const facts = await findStopSignFacts(services, subject, stored);
  const screenedAt = screenedAtOf(stored.profile.safety, stored.updatedAt);
  const checkins = await listAllCheckins(services.db, subject.id);
  const hold = facts.safetyHold;
  const reasons = findReviewReasons({
    screenedAt, now: services.clock.now(), painAreas: stored.profile.painAreas, checkins, hold,
  });
  return {
    outcome: assessPlanSafety(stored.profile.safety, facts),
    hold: hold ? { reason: hold.reason, at: hold.at, localDate: hold.localDate } : null,
    emergencyNotice: hold?.emergency ?? false,
    review: { due: reasons.length > 0, reasons },
    screenedAt,
    emergencyNumber: emergencyNumberOf(subject, services.config),
  };
}

/** Answers the safety questions again: saved into the profile with the time, which lifts a hold. */
export async function putSafety(services: Services, actor: Person, subjectId: string, answers: PutSafetyRequest): Promise<SafetyStatus> {
  const subject = await requireAccess(services, actor, write('safety'), subjectId);
  const stored = await loadProfile(services, subject);
  const problem = findSafetyProblems(answers)[0];
  if (problem?.field === 'safety') {
    throw new AppError('unacceptable', 'Please answer every safety question that applies.', problem.question);
  }
  const now = services.clock.now();
  if (answers.clearedOn !== undefined && answers.clearedOn > toLocalDate(now, subject.timeZone)) {
    throw new AppError('unacceptable', 'The date of the go-ahead cannot be in the future.', 'clearedOn');
  }
  const safety = { ...tidySafetyAnswers(answers), screenedAt: now };
  await saveProfile(services.db, subject.id, { ...stored.profile, safety }, now);
  return safetyStatusOf(services, subject);
}
