/**
 * The one access policy (issue 10). Who may do what to whose data is decided here and nowhere
 * else; the server's `requireAccess` gathers the facts (the caller, the subject, any link
 * between them) and asks `decideAccess`. The caller (actor) and the person whose data it is
 * (subject) are always two values, even when they are the same account.
 */

export const ROLES = ['person', 'clinician', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who may call a route, as the route table says. */
export const ROUTE_ACCESS = ['public', 'signed-in', 'person', 'clinician', 'clinician-of-patient', 'admin'] as const;
export type RouteAccess = (typeof ROUTE_ACCESS)[number];

/** The caller of a service method. */
export interface Actor {
  id: string;
  role: Role;
  /** False while a clinician or admin has given the password but not yet the second factor. */
  signInComplete: boolean;
}

/**
 * Parts of a person's record. `journal` is check-ins; `notes` the notes written in them;
 * `second_factor` the account's authenticator and recovery codes.
 */
export const RECORD_AREAS = ['account', 'second_factor', 'profile', 'safety', 'journal', 'sessions', 'plan', 'pacing', 'insights', 'outcomes', 'care_notes', 'reviews', 'care_link', 'summary', 'prescription', 'report', 'outcome_schedule', 'export', 'lessons', 'flare_plan', 'reminders', 'password_reset'] as const;
export type RecordArea = (typeof RECORD_AREAS)[number];

/** What is done to a subject's data, or to the practice. */
export type Action =
  | { kind: 'read'; area: RecordArea }
  | { kind: 'write'; area: RecordArea }
  | { kind: 'practice'; what: PracticeAction };

export const PRACTICE_ACTIONS = ['caseload', 'invite_patient', 'manage_clinicians', 'settings', 'export_audit', 'author_exercises', 'import_questionnaires', 'reset_passwords'] as const;
export type PracticeAction = (typeof PRACTICE_ACTIONS)[number];

/** How the actor stands to the subject. */
export type Relation =
  | { kind: 'self' }
  | { kind: 'clinician'; linkId: string; shareNotes: boolean }
  | { kind: 'none' };

export type Decision = 'allow' | 'not_found' | 'forbidden';

/** What a linked clinician may read (everything the invitation says is shared) and write. */
const CLINICIAN_READS: ReadonlySet<RecordArea> = new Set(['account', 'profile', 'safety', 'journal', 'sessions', 'plan', 'pacing', 'insights', 'outcomes', 'care_notes', 'reviews', 'care_link', 'summary', 'prescription', 'report', 'outcome_schedule', 'export']);
/** `outcome_schedule`: which questionnaires a patient is asked, and how often (issue 12). */
const CLINICIAN_WRITES: ReadonlySet<RecordArea> = new Set(['care_notes', 'reviews', 'care_link', 'prescription', 'outcome_schedule', 'password_reset']);
/**
 * What no one may do to their own record: a prescription is a clinician's word on someone else's
 * plan (issue 11), so a clinician who also follows a plan cannot prescribe for themselves; nor
 * set their own questionnaire schedule (issue 12).
 */
const NOT_FOR_SELF: ReadonlySet<RecordArea> = new Set(['prescription', 'outcome_schedule', 'password_reset']);

/** Which roles may do which practice-wide action. */
const PRACTICE_ROLES: Record<PracticeAction, readonly Role[]> = {
  caseload: ['clinician'],
  invite_patient: ['clinician'],
  manage_clinicians: ['admin'],
  settings: ['admin'],
  export_audit: ['admin'],
  /** A clinician's own exercises, photos and programmes (issue 11). */
  author_exercises: ['clinician'],
  /** Licensed questionnaires (FHIR R4 files the practice holds a licence for; issue 12). */
  import_questionnaires: ['admin'],
  /** A password reset link for an account of the practice (issue 15). */
  reset_passwords: ['admin'],
};

/**
 * The decision. Someone with no business with a subject learns nothing, not even that the
 * subject exists: `not_found`, the same as for an id that does not exist.
 */
export function decideAccess(actor: Actor, action: Action, relation: Relation): Decision {
  if (action.kind !== 'practice' && action.area === 'second_factor') return decideSecondFactor(actor, relation);
  if (!actor.signInComplete) return 'not_found';
  if (action.kind === 'practice') return PRACTICE_ROLES[action.what].includes(actor.role) ? 'allow' : 'not_found';
  if (relation.kind === 'self') return action.kind === 'write' && NOT_FOR_SELF.has(action.area) ? 'not_found' : 'allow';
  if (relation.kind === 'none' || actor.role !== 'clinician') return 'not_found';
  const allowed = action.kind === 'read' ? CLINICIAN_READS : CLINICIAN_WRITES;
  return allowed.has(action.area) ? 'allow' : 'forbidden';
}

/**
 * The second factor is the one thing a half-signed-in account may work on (setting it up,
 * passing it), and only its own; only clinicians and admins have one.
 */
function decideSecondFactor(actor: Actor, relation: Relation): Decision {
  return relation.kind === 'self' && actor.role !== 'person' ? 'allow' : 'not_found';
}

/**
 * True when the caller may read the notes the person writes in check-ins and sessions: their
 * own, or a clinician's whose link the person agreed to share them with.
 */
export function seesPersonalNotes(relation: Relation): boolean {
  return relation.kind === 'self' || (relation.kind === 'clinician' && relation.shareNotes);
}

/** True when the action must be written to the audit log: someone else's data. */
export function isAudited(action: Action, relation: Relation): boolean {
  return action.kind !== 'practice' && relation.kind === 'clinician';
}

/** The audit code of an action, e.g. `read:journal`, `write:care_notes`, `practice:export_audit`. */
export function auditCodeOf(action: Action): string {
  return action.kind === 'practice' ? `practice:${action.what}` : `${action.kind}:${action.area}`;
}

export const read = (area: RecordArea): Action => ({ kind: 'read', area });
export const write = (area: RecordArea): Action => ({ kind: 'write', area });
export const practice = (what: PracticeAction): Action => ({ kind: 'practice', what });
