/** The intake profile and the unfinished intake draft. */
import { toLocalDate } from '../../core/calendar.js';
import { AppError } from '../../core/errors.js';
import { findSafetyProblems } from '../../core/intake.js';
import { screenedAtAfterSave } from '../../core/safety-review.js';
import {
  IntakeDraftSchema,
  ProfileSchema,
  type IntakeDraft,
  type Profile,
  type ProfileResponse,
} from '../../contract/profile.js';
import { findIntakeDraft, findProfile, saveIntakeDraft, saveProfile } from '../../db/profile.repository.js';
import { read, write } from '../../core/access/policy.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';
import { recordPsfsFromGoals } from './psfs-baseline.js';

/** The person's profile; 404 until intake is finished. */
export async function getProfile(services: Services, actor: Person, subjectId: string): Promise<ProfileResponse> {
  const subject = await requireAccess(services, actor, read('profile'), subjectId);
  const stored = await findProfile(services.db, subject.id);
  if (!stored) throw new AppError('not_found', 'There is no profile yet. Finish the intake to create one.');
  return { profile: ProfileSchema.parse(stored.data), updatedAt: stored.updatedAt };
}

/**
 * Saves the finished intake, replacing any earlier profile. The server keeps when the safety
 * screen was answered: now when the answers changed, otherwise the time it had.
 */
export async function putProfile(services: Services, actor: Person, subjectId: string, input: Profile): Promise<ProfileResponse> {
  const subject = await requireAccess(services, actor, write('profile'), subjectId);
  const now = services.clock.now();
  const stored = await findProfile(services.db, subject.id);
  const previous = stored ? { safety: ProfileSchema.parse(stored.data).safety, updatedAt: stored.updatedAt } : null;
  if (input.safety.clearedOn !== undefined && input.safety.clearedOn > toLocalDate(now, subject.timeZone)) {
    throw new AppError('unacceptable', 'The date of the go-ahead cannot be in the future.', 'safety.clearedOn');
  }
  const isComplete = findSafetyProblems(input.safety).length === 0;
  const profile = { ...input, safety: { ...input.safety, screenedAt: screenedAtAfterSave(previous, input.safety, now, isComplete) } };
  // The goals are the PSFS: new activities start a new PSFS answer set, saved with the profile (issue 12).
  await services.db.transaction().execute(async (trx) => {
    await saveProfile(trx, subject.id, profile, now);
    await recordPsfsFromGoals(trx, subject, profile.goals ?? [], { now, newId: services.newId });
  });
  return { profile, updatedAt: now };
}

/** The unfinished intake, or null. */
export async function getIntakeDraft(services: Services, actor: Person, subjectId: string): Promise<{ draft: IntakeDraft | null }> {
  const subject = await requireAccess(services, actor, read('profile'), subjectId);
  const stored = await findIntakeDraft(services.db, subject.id);
  return { draft: stored ? IntakeDraftSchema.parse(stored.data) : null };
}

/** Saves the unfinished intake as the person goes. */
export async function putIntakeDraft(services: Services, actor: Person, subjectId: string, draft: IntakeDraft) {
  const subject = await requireAccess(services, actor, write('profile'), subjectId);
  await saveIntakeDraft(services.db, subject.id, draft, services.clock.now());
  return { draft };
}
