/** What pacing needs to know about exercises: which quota each feeds, and names a person knows. */
import type { Exercise } from '../library/exercise.js';
import { activityKeyOf, chainRootOf, type ActivityKey } from './activity.js';
import { AEROBIC_SUBJECTS, SESSION_SUBJECT, type Subject } from './messages.js';
import type { QuotaState } from './types.js';

/** An exercise with the quota it feeds (null: paced by the session quota only). */
export interface ResolvedExercise {
  exercise: Exercise;
  activity: ActivityKey | null;
}

/** Exercise look-ups for one run of `updatePacing`, memoised. */
export interface ExerciseLookup {
  resolve(exerciseId: string): ResolvedExercise | null;
  exercise(exerciseId: string | null): Exercise | null;
  /** The next harder or easier variant in a strength chain, when the person can do it. */
  harderOf(exerciseId: string | null): Exercise | null;
  easierOf(exerciseId: string | null): Exercise | null;
  subjectOf(quota: Pick<QuotaState, 'activity' | 'unit' | 'exerciseId'>): Subject;
}

/** The name a person knows an activity by, capitalised: "Walking", "Seated aerobics", "Wall push-up", "Session time". */
export function activityLabel(
  exercises: ReadonlyMap<string, Exercise>,
  activity: ActivityKey,
  exerciseId: string | null = null,
): string {
  const { name } = createLookup(exercises).subjectOf({ activity, unit: 'minutes', exerciseId });
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Builds the look-ups over an exercise index; `canDo` leaves out variants the person cannot do. */
export function createLookup(
  exercises: ReadonlyMap<string, Exercise>,
  canDo: (exercise: Exercise) => boolean = () => true,
): ExerciseLookup {
  const resolved = new Map<string, ResolvedExercise | null>();
  const subjects = new Map<string, Subject>();
  const otherSubject = otherAerobicSubject(exercises);
  const exercise = (id: string | null) => (id === null ? null : (exercises.get(id) ?? null));
  const doable = (id: string | null | undefined) => {
    const found = exercise(id ?? null);
    return found && canDo(found) ? found : null;
  };
  return {
    exercise,
    harderOf: (id) => doable(exercise(id)?.harder),
    easierOf: (id) => doable(exercise(id)?.easier),
    resolve(exerciseId) {
      let hit = resolved.get(exerciseId);
      if (hit === undefined) {
        const found = exercises.get(exerciseId);
        hit = found ? { exercise: found, activity: activityKeyOf(found, exercises) } : null;
        resolved.set(exerciseId, hit);
      }
      return hit;
    },
    subjectOf(quota) {
      const key = `${quota.activity}|${quota.exerciseId}|${quota.unit}`;
      let subject = subjects.get(key);
      if (!subject) {
        subject = subjectFor(quota, exercise(quota.exerciseId), exercises, otherSubject);
        subjects.set(key, subject);
      }
      return subject;
    },
  };
}

function subjectFor(
  quota: Pick<QuotaState, 'activity' | 'unit'>,
  variant: Exercise | null,
  exercises: ReadonlyMap<string, Exercise>,
  otherSubject: Omit<Subject, 'unit'>,
): Subject {
  if (quota.activity === 'session') return SESSION_SUBJECT;
  if (quota.activity.startsWith('strength:')) {
    const name = (variant ?? exercises.get(quota.activity.slice('strength:'.length)))?.name;
    return { name: name ?? 'strength exercise', plural: 'sessions', unit: quota.unit };
  }
  const kind = quota.activity.slice('aerobic:'.length);
  return { ...(isNamedAerobic(kind) ? AEROBIC_SUBJECTS[kind] : otherSubject), unit: quota.unit };
}

function isNamedAerobic(kind: string): kind is Exclude<keyof typeof AEROBIC_SUBJECTS, 'other'> {
  return kind !== 'other' && Object.hasOwn(AEROBIC_SUBJECTS, kind);
}

// `aerobic:other` holds the aerobic exercises without a liked activity. In the library these are
// chains that start in a chair (a top variant may stand): a person knows them as seated aerobics.
function otherAerobicSubject(exercises: ReadonlyMap<string, Exercise>): Omit<Subject, 'unit'> {
  for (const e of exercises.values()) {
    if (e.pillar !== 'aerobic' || e.activity !== null) continue;
    if (!chainRootOf(e, exercises).positions.includes('seated')) return AEROBIC_SUBJECTS.other;
  }
  return AEROBIC_SUBJECTS.seated;
}
