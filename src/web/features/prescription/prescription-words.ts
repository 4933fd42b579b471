/**
 * A clinician's adjustments told in plain sentences, made in the web from their codes and
 * parameters: a terse line for the clinician ("Walking: at most 15 minutes"), a sentence for the
 * person ("Set by Lena on 3 May: add the wall push-up on Monday and Thursday."), and what became
 * of it this week, honestly.
 */
import type { Pillar, Position } from '../../../core/library/exercise.js';
import type { Adjustment, PrescribedChange, PrescribedDose, SuitabilityRule } from '../../../core/prescription/types.js';
import type { DayNumber } from '../../../core/planner/plan.js';
import type { PrescriptionWords } from './messages.js';

/** What a sentence needs to know of an exercise. */
export interface ExerciseName {
  name: string;
  pillar: Pillar;
}

/** Finds an exercise's name by id (library or the clinician's own); undefined when unknown. */
export type NameLookup = (exerciseId: string) => ExerciseName | undefined;

/** "Monday and Thursday", in week order; "every day" for all seven. */
export function describeDays(days: readonly DayNumber[], w: PrescriptionWords): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length === 7) return w.everyDay;
  return w.and(sorted.map((day) => w.days[day - 1] ?? String(day)));
}

/** "2 sets of 10, holding 20 seconds", "15 minutes"; null when the dose says nothing. */
export function describePrescribedDose(dose: PrescribedDose | undefined, w: PrescriptionWords): string | null {
  if (!dose) return null;
  const parts: string[] = [];
  if (dose.sets !== undefined) parts.push(w.dose.sets(dose.sets, dose.reps));
  else if (dose.reps !== undefined) parts.push(w.dose.reps(dose.reps));
  if (dose.holdSeconds !== undefined) parts.push(w.dose.hold(dose.holdSeconds));
  if (dose.minutes !== undefined) parts.push(w.dose.minutes(dose.minutes));
  return parts.length === 0 ? null : parts.join(', ');
}

/** "Walking", "The day’s minutes", or a strength exercise's name, for an activity key. */
export function describeActivity(key: string, names: NameLookup, w: PrescriptionWords): string {
  if (key === 'session') return w.activities.session;
  const [kind, rest = ''] = splitKey(key);
  if (kind === 'aerobic') return (w.activities as Record<string, string>)[rest] ?? rest;
  return names(rest)?.name ?? w.unknownExercise;
}

/** The clinician's line for one adjustment in force. */
export function describeAdjustment(a: Adjustment, names: NameLookup, w: PrescriptionWords): string {
  const name = (id: string) => names(id)?.name ?? capitalise(w.unknownExercise);
  switch (a.kind) {
    case 'include':
      return w.line.include(name(a.exerciseId), describeDays(a.days, w), describePrescribedDose(a.dose, w));
    case 'exclude':
      return w.line.exclude(name(a.exerciseId));
    case 'dose': {
      const dose = describePrescribedDose(a.dose, w) ?? '';
      return a.mode === 'cap' ? w.line.doseCap(name(a.exerciseId), dose) : w.line.doseSet(name(a.exerciseId), dose);
    }
    case 'quota':
      return w.line.quota(describeActivity(a.activity, names, w), quotaAmount(a, w));
    case 'rise':
      return w.line.rise(a.activity ? describeActivity(a.activity, names, w) : null, a.weeklyRise);
    case 'week':
      return w.line.week(weekParts(a, w));
    case 'go_ahead':
      return w.line.goAhead(w.and(a.covers.map((c) => w.covers[c])));
  }
}

/** What the clinician did, as the person reads it after "Set by Lena on 3 May: ". */
export function describeForPerson(a: Adjustment, names: NameLookup, w: PrescriptionWords): string {
  const the = (id: string) => inSentence(names(id), w);
  const p = w.person;
  switch (a.kind) {
    case 'include':
      return p.include(the(a.exerciseId), describeDays(a.days, w), describePrescribedDose(a.dose, w));
    case 'exclude':
      return p.exclude(the(a.exerciseId));
    case 'dose': {
      const dose = describePrescribedDose(a.dose, w) ?? '';
      return a.mode === 'cap' ? p.doseCap(the(a.exerciseId), dose) : p.doseSet(the(a.exerciseId), dose);
    }
    case 'quota':
      return p.quota(activityInSentence(a.activity, names, w), quotaAmount(a, w));
    case 'rise':
      return p.rise(a.activity ? activityInSentence(a.activity, names, w) : null, a.weeklyRise);
    case 'week':
      return p.week(weekParts(a, w));
    case 'go_ahead':
      return p.goAhead(w.and(a.covers.map((c) => w.covers[c])));
  }
}

/** "Set by Lena on 3 May: add the wall push-up on Monday and Thursday." (`day` already formatted). */
export function describeSetBy(a: Adjustment, day: string, names: NameLookup, w: PrescriptionWords): string {
  return w.person.setBy(a.setBy.name, day, describeForPerson(a, names, w));
}

/**
 * What became of a change this week, one line each: the days it waits and why, or its outcome.
 * Nothing is hidden: a change applied on some days and waiting on others says both.
 */
export function describeOutcomes(change: PrescribedChange, w: PrescriptionWords): string[] {
  const waiting = (change.days ?? []).filter((d) => d.outcome !== 'applied');
  if (waiting.length > 0) {
    return [...waiting].sort((a, b) => a.day - b.day).map((d) => w.dayOutcomes[d.outcome](w.days[d.day - 1] ?? String(d.day)));
  }
  if (change.outcome === 'applied' && change.adjustment.kind !== 'include') return [w.inPlace];
  return [w.outcomes[change.outcome]];
}

/**
 * Why Pacewise would leave an exercise out for this patient, one rule in plain words: "Bridge is
 * done on the floor, and Walter said they cannot get down to the floor."
 */
export function describeRule(rule: SuitabilityRule, exercise: { name: string; positions: readonly Position[] }, patient: string, w: PrescriptionWords): string {
  const positions = w.or(exercise.positions.map((p) => w.positions[p]));
  if (rule === 'position' && exercise.positions.length === 1 && exercise.positions[0] === 'floor') return w.rules.floor(exercise.name, positions, patient);
  return w.rules[rule](exercise.name, positions, patient);
}

/** What the person reads this week about each adjustment, by its id (for the clinician's list). */
export function outcomesById(changes: readonly PrescribedChange[] | undefined, w: PrescriptionWords): ReadonlyMap<string, string[]> {
  return new Map((changes ?? []).map((change) => [change.adjustment.id, describeOutcomes(change, w)]));
}

/** Every exercise id the adjustments name (strength quotas and rises too), to look up their names. */
export function exerciseIdsOf(adjustments: readonly Adjustment[]): string[] {
  const ids = adjustments.flatMap((a) => {
    if (a.kind === 'include' || a.kind === 'exclude' || a.kind === 'dose') return [a.exerciseId];
    const activity = a.kind === 'quota' || a.kind === 'rise' ? a.activity : undefined;
    const [kind, rest] = activity ? splitKey(activity) : ['', ''];
    return kind === 'strength' && rest ? [rest] : [];
  });
  return [...new Set(ids)];
}

function quotaAmount(a: Extract<Adjustment, { kind: 'quota' }>, w: PrescriptionWords): string {
  if (a.activity.startsWith('strength:')) return w.dose.sets(a.sets ?? 1, a.value);
  return w.dose.minutes(a.value);
}

function weekParts(a: Extract<Adjustment, { kind: 'week' }>, w: PrescriptionWords): string {
  const parts = [
    a.minutesPerDay === undefined ? null : w.line.minutesPerDay(a.minutesPerDay),
    a.daysPerWeek === undefined ? null : w.line.daysPerWeek(a.daysPerWeek),
  ].filter((part): part is string => part !== null);
  return w.and(parts);
}

/** An exercise inside a sentence: "the wall push-up"; activities without "the": "walking". */
function inSentence(exercise: ExerciseName | undefined, w: PrescriptionWords): string {
  if (!exercise) return w.unknownExercise;
  const lower = lowerFirst(exercise.name);
  return exercise.pillar === 'strengthening' || exercise.pillar === 'stretching' ? `the ${lower}` : lower;
}

function activityInSentence(key: string, names: NameLookup, w: PrescriptionWords): string {
  if (key === 'session') return w.person.theDayMinutes;
  const [kind, rest = ''] = splitKey(key);
  if (kind === 'strength') return inSentence(names(rest), w);
  return lowerFirst(describeActivity(key, names, w));
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}

/** Lower-cases the first letter, unless the word is an abbreviation ("PNF stretch"). */
function lowerFirst(text: string): string {
  const second = text.charAt(1);
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
