/**
 * `requireAccess(services, actor, action, subjectId)`: the first line of every service method.
 * It gathers the facts, asks the one policy in core/access/policy.ts, writes the audit log for
 * every look at or change of someone else's data, and hands back the subject: whose data it is,
 * with their time zone (never the caller's).
 */
import {
  auditCodeOf,
  decideAccess,
  isAudited,
  type Action,
  type Relation,
} from '../core/access/policy.js';
import { AppError } from '../core/errors.js';
import { findActiveLink, findSubjectAccount, insertAuditEvents } from '../db/access.repository.js';
import type { Person, Services } from './context.js';

/** Whose data, and the calendar their days are counted in: what internal helpers need. */
export interface SubjectRef {
  id: string;
  timeZone: string;
}

/** The person whose data a service works on, and how the caller stands to them. */
export interface Subject {
  id: string;
  email: string;
  name: string | null;
  timeZone: string;
  createdAt: string;
  relation: Relation;
}

const NOT_FOUND = 'We could not find that.';

/** Allows the action or throws (404 when the caller has no business with the subject). */
export async function requireAccess(services: Services, actor: Person, action: Action, subjectId: string): Promise<Subject> {
  const { relation, subject } = await relate(services, actor, action, subjectId);
  const decision = decideAccess(actor, action, relation);
  if (decision === 'not_found' || !subject) throw new AppError('not_found', NOT_FOUND);
  if (decision === 'forbidden') throw new AppError('forbidden', 'Your role does not allow this.');
  if (isAudited(action, relation)) await audit(services, actor, [subject.id], auditCodeOf(action));
  // The subject's own fields only: spreading a whole Person cost more than the rest of the check.
  return { id: subject.id, email: subject.email, name: subject.name, timeZone: subject.timeZone, createdAt: subject.createdAt, relation };
}

/** Writes audit events for a look at or change of several people's data at once. */
export async function audit(services: Services, actor: Person, patientIds: readonly (string | null)[], action: string): Promise<void> {
  const at = services.clock.now();
  await insertAuditEvents(
    services.db,
    patientIds.map((patientId) => ({
      id: services.newId(),
      at,
      actor_id: actor.id,
      actor_name: actor.name ?? actor.email,
      actor_role: actor.role,
      patient_id: patientId,
      action,
    })),
  );
}

async function relate(services: Services, actor: Person, action: Action, subjectId: string) {
  if (subjectId === actor.id || action.kind === 'practice') {
    return { relation: { kind: 'self' } as Relation, subject: actor };
  }
  if (actor.role !== 'clinician' || !actor.signInComplete) return { relation: { kind: 'none' } as Relation, subject: null };
  const link = await findActiveLink(services.db, actor.id, subjectId);
  if (!link) return { relation: { kind: 'none' } as Relation, subject: null };
  const subject = await findSubjectAccount(services.db, subjectId);
  return { relation: { kind: 'clinician', linkId: link.id, shareNotes: link.shareNotes } as Relation, subject: subject ?? null };
}
