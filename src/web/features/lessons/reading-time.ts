/**
 * A lesson's words and reading time, computed from its text (never typed in). Free of the
 * readability packages so the pages can use it without carrying them.
 */
import { EMERGENCY_NUMBER_SLOT, bodyLines, type LessonContent } from './lesson-content.js';

/** Words read in a minute by an adult reading for understanding (a slow, tired pace). */
export const WORDS_PER_MINUTE = 200;

/** The words of a text: runs of letters or digits, with inner apostrophes and hyphens kept. */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A line as it is read, the emergency-number placeholder standing for a short number. */
export function asRead(line: string): string {
  return line.split(EMERGENCY_NUMBER_SLOT).join('999');
}

/** How many words a person reads in a lesson: title, summary, headings and body (not sources). */
export function countLessonWords(lesson: LessonContent): number {
  const lines = [lesson.title, lesson.summary, ...lesson.sections.map((s) => s.heading), ...bodyLines(lesson)];
  return lines.reduce((sum, line) => sum + splitWords(asRead(line)).length, 0);
}

/** Whole minutes to read a lesson at `WORDS_PER_MINUTE`, at least 1. */
export function readingMinutes(lesson: LessonContent): number {
  return Math.max(1, Math.ceil(countLessonWords(lesson) / WORDS_PER_MINUTE));
}
