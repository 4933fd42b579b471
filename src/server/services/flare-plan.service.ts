/** A flare plan of the person's own (issue 14): read, write (an empty plan deletes) and delete. */
import { isEmptyFlarePlan, normalizeFlarePlan, type FlarePlan } from '../../core/flare-plan.js';
import { read, write } from '../../core/access/policy.js';
import type { FlarePlanResponse } from '../../contract/flare-plan.js';
import { deleteFlarePlan as deleteRow, findFlarePlan, saveFlarePlan } from '../../db/flare-plan.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';

/** The person's flare plan, or null when they have not written one. */
export async function getFlarePlan(services: Services, actor: Person, subjectId: string): Promise<FlarePlanResponse> {
  const subject = await requireAccess(services, actor, read('flare_plan'), subjectId);
  const stored = await findFlarePlan(services.db, subject.id);
  return { plan: stored ? { ...stored.plan, updatedAt: stored.updatedAt } : null };
}

/** Writes the person's flare plan; one with nothing in it deletes the plan instead. */
export async function putFlarePlan(services: Services, actor: Person, subjectId: string, input: FlarePlan): Promise<FlarePlanResponse> {
  const subject = await requireAccess(services, actor, write('flare_plan'), subjectId);
  const plan = normalizeFlarePlan(input);
  if (isEmptyFlarePlan(plan)) {
    await deleteRow(services.db, subject.id);
    return { plan: null };
  }
  const now = services.clock.now();
  await saveFlarePlan(services.db, subject.id, plan, now);
  return { plan: { ...plan, updatedAt: now } };
}

/** Deletes the person's flare plan; nothing to delete is fine. */
export async function deleteFlarePlan(services: Services, actor: Person, subjectId: string): Promise<void> {
  const subject = await requireAccess(services, actor, write('flare_plan'), subjectId);
  await deleteRow(services.db, subject.id);
}
