// The counting behind the lessons' readability test: words (with apostrophes, hyphens, numbers),
// sentences (ending marks, lines without one, abbreviations-free prose), and reading time.
import { describe, expect, it } from 'vitest';
import type { LessonContent } from './lesson-content.js';
import { countSentences, gradeLevel } from './readability.js';
import { countLessonWords, readingMinutes, splitWords } from './reading-time.js';

describe('splitWords', () => {
  it.each([
    ['Pain is real.', 3],
    ["It's a pins-and-needles feeling.", 4],
    ['Hold it for 15 to 20 minutes.', 7],
    ['  — … ', 0],
    ['Heat, cold; rest: move!', 4],
  ])('%j has %i words', (text, words) => {
    expect(splitWords(text)).toHaveLength(words);
  });
});

describe('countSentences', () => {
  it.each([
    ['One. Two! Three?', 3],
    ['A list item without a stop', 1],
    ['First sentence. A second without a stop', 2],
    ['Wait... then go.', 2],
    ['He said "stop."', 1],
    ['', 0],
    ['Version 1.5 is fine.', 1],
  ])('%j has %i sentences', (text, sentences) => {
    expect(countSentences(text)).toBe(sentences);
  });
});

const lesson = (lines: string[]): LessonContent => ({
  title: 'Title',
  summary: 'A summary.',
  sections: [{ heading: 'Heading', blocks: [lines[0] ?? '', { list: lines.slice(1) }] }],
  sources: [],
});

describe('a lesson', () => {
  it('counts the title, summary, headings and body, and rounds reading time up', () => {
    const words = Array.from({ length: 396 }, () => 'word').join(' ');
    const long = lesson([`${words}.`]);
    expect(countLessonWords(long)).toBe(400);
    expect(readingMinutes(long)).toBe(2);
    expect(readingMinutes(lesson(['Short.']))).toBe(1);
  });

  it('grades short plain sentences low and long heavy ones high', () => {
    const plain = lesson(['The cat sat on the mat. It was warm.', 'Rest a bit', 'Then walk']);
    const heavy = lesson([
      'Interdisciplinary rehabilitation programmes incorporating psychological interventions demonstrate considerable effectiveness regarding functional outcomes.',
    ]);
    expect(gradeLevel(plain)).toBeLessThan(3);
    expect(gradeLevel(heavy)).toBeGreaterThan(15);
  });
});
