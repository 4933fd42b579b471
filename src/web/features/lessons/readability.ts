/**
 * Counting a lesson's words and sentences, its reading time and its US grade level
 * (Flesch-Kincaid). Kept small and pure so the test of every lesson and the pages agree.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { EMERGENCY_NUMBER_SLOT, bodyLines, type LessonContent } from './lesson-content.js';

/** Words read in a minute by an adult reading for understanding (a slow, tired pace). */
export const WORDS_PER_MINUTE = 200;

/** The words of a text: runs of letters or digits, with inner apostrophes and hyphens kept. */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * The sentences of one line: ends at `.`, `!` or `?` followed by a space or the end; a line that
 * does not end with one (a list item, a heading) still counts as one sentence.
 */
export function countSentences(line: string): number {
  const text = line.trim();
  if (splitWords(text).length === 0) return 0;
  const ends = text.match(/[.!?]+["”’)]?(?=\s|$)/g)?.length ?? 0;
  return /[.!?]["”’)]?$/.test(text) ? ends : ends + 1;
}

/** The lines a person reads in a lesson, the placeholder read as a short number. */
function readLines(lesson: LessonContent): string[] {
  const lines = [lesson.title, lesson.summary, ...lesson.sections.map((s) => s.heading), ...bodyLines(lesson)];
  return lines.map((line) => line.split(EMERGENCY_NUMBER_SLOT).join('999'));
}

/** How many words a person reads in a lesson (its sources left out). */
export function countLessonWords(lesson: LessonContent): number {
  return readLines(lesson).reduce((sum, line) => sum + splitWords(line).length, 0);
}

/** Whole minutes to read a lesson at `WORDS_PER_MINUTE`, at least 1. */
export function readingMinutes(lesson: LessonContent): number {
  return Math.max(1, Math.ceil(countLessonWords(lesson) / WORDS_PER_MINUTE));
}

/** The Flesch-Kincaid US grade level of a lesson's body (paragraphs and list items). */
export function gradeLevel(lesson: LessonContent): number {
  const lines = bodyLines(lesson).map((line) => line.split(EMERGENCY_NUMBER_SLOT).join('999'));
  const words = lines.flatMap(splitWords);
  const sentence = lines.reduce((sum, line) => sum + countSentences(line), 0);
  const counted = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence, word: words.length, syllable: counted });
}
