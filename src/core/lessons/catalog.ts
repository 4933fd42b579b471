/**
 * The lessons (issue 14): short reads written for Pacewise, in a sensible order. Core holds only
 * their ids, their order and when each matters; the words (title, body, sources) are data in the
 * web's message catalogs, so a clinician's own lessons can later sit beside them.
 */

/** Every built-in lesson, in the order they are offered. */
export const LESSON_IDS = [
  'hurt_is_not_harm',
  'why_movement_helps',
  'pacing_boom_bust',
  'flare_ups',
  'fear_of_movement',
  'sleep',
  'stress_and_breathing',
  'heat_and_cold',
  'working_with_a_therapist',
  'tracking_back_pain',
  'nerve_pain_journal',
  'crps',
  'hernia',
  'chest_pain',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export function isLessonId(value: string): value is LessonId {
  return (LESSON_IDS as readonly string[]).includes(value);
}

/** Why a lesson is offered now. */
export const LESSON_REASONS = ['next_in_order', 'after_flare', 'nerve_descriptors', 'after_chest_pain_stop'] as const;
export type LessonReason = (typeof LESSON_REASONS)[number];

/** What the person did with a lesson: read it, or "not now". Nothing is graded. */
export const LESSON_EVENT_KINDS = ['read', 'later'] as const;
export type LessonEventKind = (typeof LESSON_EVENT_KINDS)[number];

export interface LessonEvent {
  lessonId: LessonId;
  kind: LessonEventKind;
  at: string;
}

/** A lesson offered now, and why. */
export interface LessonOffer {
  lessonId: LessonId;
  reason: LessonReason;
}
