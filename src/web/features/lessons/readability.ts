/**
 * A lesson's US grade level by the Flesch-Kincaid formula, for the lessons' readability test.
 * Sentences are counted here; words and reading time live in `reading-time.ts`.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { bodyLines, type LessonContent } from './lesson-content.js';
import { asRead, splitWords } from './reading-time.js';

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

/** The Flesch-Kincaid US grade level of a lesson's body (paragraphs and list items). */
export function gradeLevel(lesson: LessonContent): number {
  const lines = bodyLines(lesson).map(asRead);
  const words = lines.flatMap(splitWords);
  const sentence = lines.reduce((sum, line) => sum + countSentences(line), 0);
  const counted = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence, word: words.length, syllable: counted });
}
