/**
 * The shape of a lesson's words (issue 14): a title, a one-line summary, sections of paragraphs
 * and lists, and the sources it rests on. Built-in lessons and, later, a clinician's own lessons
 * share this shape and are shown by one component (`LessonView`).
 */

/** A paragraph, or a bulleted list of short lines. */
export type LessonBlock = string | { readonly list: readonly string[] };

/** One part of a lesson under its own heading. */
export interface LessonSection {
  readonly heading: string;
  readonly blocks: readonly LessonBlock[];
}

/**
 * A work a lesson rests on: who wrote it, its title, its year, and a link where there is one. A
 * living web page (reviewed from time to time) has a link and no year.
 */
export interface LessonSource {
  readonly author: string;
  readonly title: string;
  readonly year?: number;
  readonly url?: string;
}

/** A lesson's words. `{emergencyNumber}` in a line stands for the person's emergency number. */
export interface LessonContent {
  readonly title: string;
  readonly summary: string;
  readonly sections: readonly LessonSection[];
  readonly sources: readonly LessonSource[];
}

/** The placeholder a lesson writes where the person's own emergency number belongs. */
export const EMERGENCY_NUMBER_SLOT = '{emergencyNumber}';

/** A line with the emergency-number placeholder filled in. */
export function fillEmergencyNumber(line: string, emergencyNumber: string): string {
  return line.split(EMERGENCY_NUMBER_SLOT).join(emergencyNumber);
}

/** Every line a person reads in a lesson's body (paragraphs and list items), in order. */
export function bodyLines(lesson: LessonContent): string[] {
  return lesson.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (typeof block === 'string' ? [block] : [...block.list])),
  );
}
