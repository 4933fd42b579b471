// The lesson suggested after reading one: the next unread in order, wrapping round, never the
// one just read, and none once all are read.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LESSON_IDS, type LessonId } from '../../../core/lessons/catalog.js';
import { nextUnreadLesson } from './lesson-order.js';

describe('nextUnreadLesson', () => {
  it.each<[LessonId, LessonId[], LessonId | null]>([
    ['hurt_is_not_harm', [], 'why_movement_helps'],
    ['hurt_is_not_harm', ['why_movement_helps'], 'pacing_boom_bust'],
    ['chest_pain', [], 'hurt_is_not_harm'],
    ['chest_pain', ['hurt_is_not_harm'], 'why_movement_helps'],
    ['sleep', LESSON_IDS.filter((id) => id !== 'sleep'), null],
    ['sleep', [...LESSON_IDS], null],
  ])('after %s with %j read → %s', (current, read, next) => {
    expect(nextUnreadLesson(current, new Set(read))).toBe(next);
  });

  it('never suggests the lesson just read or one already read', () => {
    const id = fc.constantFrom(...LESSON_IDS);
    fc.assert(
      fc.property(id, fc.array(id), (current, read) => {
        const next = nextUnreadLesson(current, new Set(read));
        if (next === null) return LESSON_IDS.every((l) => l === current || read.includes(l));
        return next !== current && !read.includes(next);
      }),
    );
  });
});
