/**
 * The intake wizard (PRODUCT.md, "Intake"): its steps in order, what each step asks, what must be
 * answered before moving on, and when the answers make a whole Profile. The safety screen comes
 * last so that a "yes" needing a clinician can end the wizard with every other answer recorded.
 */
import { isLocalDate } from './calendar.js';
import { findMobilityProblems, tidyMobilityAnswers, type MobilityField } from './intake-mobility.js';
import type { Goal, Profile } from './profile.js';
import { LIMITS } from './profile.js';
import {
  SAFETY_QUESTIONS,
  assessSafety,
  findFlagged,
  type SafetyAnswers,
  type SafetyQuestionId,
} from './safety.js';

export const INTAKE_STEPS = [
  'pain_areas',
  'conditions',
  'mobility',
  'time',
  'equipment_likes',
  'today',
  'goals',
  'safety',
] as const;
export type IntakeStep = (typeof INTAKE_STEPS)[number];

/** The answers of a half-filled intake: any Profile field may still be missing. */
export type IntakeAnswers = Partial<Profile>;

/** What a problem on a step is about: a Profile field, or one safety question. */
export type IntakeProblem =
  | { field: MobilityField | 'painToday' | 'minutesPerDay' | 'daysPerWeek' }
  | { field: 'age' }
  | { field: 'goals'; index: number }
  | { field: 'safety'; question: SafetyQuestionId | 'cleared_by_clinician' | 'clearedOn' };

/** Where a person starts: small amounts, since doses begin below tolerance (CLINICAL.md §3). */
export const INTAKE_DEFAULTS = { minutesPerDay: 10, daysPerWeek: 3 } as const;

/** The step at a saved index, kept within the wizard. */
export function clampStepIndex(index: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), INTAKE_STEPS.length - 1);
}

/** The answers after a person moves past a step: lists left untouched mean "none of these". */
export function withStepDefaults(step: IntakeStep, answers: IntakeAnswers): IntakeAnswers {
  switch (step) {
    case 'pain_areas':
      return { ...answers, painAreas: answers.painAreas ?? [] };
    case 'conditions':
      return { ...answers, conditions: answers.conditions ?? [] };
    case 'time':
      return {
        ...answers,
        minutesPerDay: answers.minutesPerDay ?? INTAKE_DEFAULTS.minutesPerDay,
        daysPerWeek: answers.daysPerWeek ?? INTAKE_DEFAULTS.daysPerWeek,
        preferredTimes: answers.preferredTimes ?? [],
      };
    case 'equipment_likes':
      return { ...answers, equipment: answers.equipment ?? [], likes: answers.likes ?? [] };
    case 'safety':
      return { ...answers, safety: answers.safety ?? {} };
    case 'mobility':
      return tidyMobilityAnswers(answers);
    case 'today':
    case 'goals':
      return answers;
  }
}

/** What still needs an answer (or a fix) before a person can leave a step going forward. */
export function findStepProblems(step: IntakeStep, answers: IntakeAnswers): IntakeProblem[] {
  switch (step) {
    case 'mobility':
      return findMobilityProblems(answers).map((field) => ({ field }));
    case 'time':
      return findTimeProblems(answers);
    case 'today':
      return [
        ...(answers.painToday === undefined ? [{ field: 'painToday' as const }] : []),
        ...(isAgeAcceptable(answers.age) ? [] : [{ field: 'age' as const }]),
      ];
    case 'goals':
      return (answers.goals ?? []).flatMap((goal, index) =>
        isGoalAcceptable(goal) ? [] : [{ field: 'goals' as const, index }],
      );
    case 'safety':
      return findSafetyProblems(answers.safety ?? {});
    case 'pain_areas':
    case 'conditions':
    case 'equipment_likes':
      return [];
  }
}

function findTimeProblems(answers: IntakeAnswers): IntakeProblem[] {
  const { minutesPerDay: minutes, daysPerWeek: days } = answers;
  const problems: IntakeProblem[] = [];
  if (minutes !== undefined && !isWholeWithin(minutes, LIMITS.minutesPerDay)) {
    problems.push({ field: 'minutesPerDay' });
  }
  if (days !== undefined && !isWholeWithin(days, LIMITS.daysPerWeek)) {
    problems.push({ field: 'daysPerWeek' });
  }
  return problems;
}

function isWholeWithin(value: number, range: { min: number; max: number }): boolean {
  return Number.isInteger(value) && value >= range.min && value <= range.max;
}

function isAgeAcceptable(age: number | undefined): boolean {
  return age === undefined || isWholeWithin(age, LIMITS.age);
}

function isGoalAcceptable(goal: Goal): boolean {
  const activity = goal.activity.trim();
  return (
    activity.length > 0 &&
    activity.length <= LIMITS.goals.activityMaxLength &&
    isWholeWithin(goal.score, LIMITS.painScale)
  );
}

/**
 * The safety questions still to answer. An emergency "yes" ends the screen at once: nobody should
 * have to answer more questions before reading "seek care now". An urgent "yes" asks only whether
 * a clinician has given a go-ahead since; with one, its date and the rest of the screen follow.
 */
export function findSafetyProblems(safety: SafetyAnswers): IntakeProblem[] {
  if (assessSafety(safety).status === 'refer_emergency') return [];
  const goAhead: IntakeProblem[] = [];
  if (needsClearanceQuestion(safety)) {
    if (safety.cleared_by_clinician === undefined) goAhead.push({ field: 'safety', question: 'cleared_by_clinician' });
    if (safety.cleared_by_clinician === true && !isLocalDate(safety.clearedOn ?? '')) {
      goAhead.push({ field: 'safety', question: 'clearedOn' });
    }
  }
  if (findFlagged(safety, 'urgent').length > 0 && safety.cleared_by_clinician !== true) return goAhead;
  const unanswered: IntakeProblem[] = findUnansweredSafetyQuestions(safety).map((question) => ({
    field: 'safety',
    question,
  }));
  return [...unanswered, ...goAhead];
}

/** The screening questions with no yes or no yet, in the order they are asked. */
export function findUnansweredSafetyQuestions(safety: SafetyAnswers): SafetyQuestionId[] {
  return SAFETY_QUESTIONS.filter((q) => safety[q.id] === undefined).map((q) => q.id);
}

/** True when an urgent or PAR-Q+ "yes" means asking whether a clinician has given a go-ahead. */
export function needsClearanceQuestion(safety: SafetyAnswers): boolean {
  return findFlagged(safety, 'urgent').length > 0 || findFlagged(safety, 'clearance').length > 0;
}

/** The person's answers only: the go-ahead and its date dropped where they no longer apply. */
export function tidySafetyAnswers(safety: SafetyAnswers): SafetyAnswers {
  const { cleared_by_clinician: cleared, clearedOn, screenedAt: _server, ...rest } = safety;
  if (!needsClearanceQuestion(safety) || cleared === undefined) return rest;
  if (cleared !== true || clearedOn === undefined) return { ...rest, cleared_by_clinician: cleared };
  return { ...rest, cleared_by_clinician: cleared, clearedOn };
}

/** The whole Profile once every required answer is present, otherwise `null`. */
export function completeProfile(answers: IntakeAnswers): Profile | null {
  const a = answers;
  if (a.mobility === undefined || a.floorTransfers === undefined || a.painToday === undefined) {
    return null;
  }
  if (INTAKE_STEPS.some((step) => findStepProblems(step, a).length > 0)) return null;
  const profile: Profile = {
    painAreas: a.painAreas ?? [],
    conditions: a.conditions ?? [],
    mobility: a.mobility,
    floorTransfers: a.floorTransfers,
    minutesPerDay: a.minutesPerDay ?? INTAKE_DEFAULTS.minutesPerDay,
    daysPerWeek: a.daysPerWeek ?? INTAKE_DEFAULTS.daysPerWeek,
    preferredTimes: a.preferredTimes ?? [],
    equipment: a.equipment ?? [],
    likes: a.likes ?? [],
    painToday: a.painToday,
    safety: tidySafetyAnswers(a.safety ?? {}),
  };
  if (a.mobility === 'wheelchair' && a.bedTransfers !== undefined) profile.bedTransfers = a.bedTransfers;
  if (a.mobility === 'wheelchair' && a.limbsUsed !== undefined) profile.limbsUsed = a.limbsUsed;
  if (a.age !== undefined) profile.age = a.age;
  if (a.goals !== undefined && a.goals.length > 0) profile.goals = a.goals;
  return profile;
}

/** The first step that still has something to answer, so a person can be sent back to it. */
export function findFirstIncompleteStep(answers: IntakeAnswers): number {
  const index = INTAKE_STEPS.findIndex((step) => findStepProblems(step, answers).length > 0);
  return index === -1 ? INTAKE_STEPS.length - 1 : index;
}

/** A goal row as a person fills it in: the score may not be chosen yet. */
export interface GoalDraft {
  activity: string;
  score: number | null;
}

/**
 * Turns goal rows into Patient-Specific Functional Scale goals. Empty rows are dropped; a row
 * with only an activity or only a score is reported by its index so the person can finish it.
 */
export function readGoalDrafts(drafts: readonly GoalDraft[]): {
  goals: Goal[];
  incomplete: number[];
} {
  const goals: Goal[] = [];
  const incomplete: number[] = [];
  drafts.forEach((draft, index) => {
    const activity = draft.activity.trim();
    if (activity.length === 0 && draft.score === null) return;
    const goal = { activity, score: draft.score ?? -1 };
    if (draft.score === null || !isGoalAcceptable(goal)) incomplete.push(index);
    else goals.push(goal);
  });
  return { goals: goals.slice(0, LIMITS.goals.max), incomplete };
}
