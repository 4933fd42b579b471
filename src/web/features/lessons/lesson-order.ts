/** Which lesson to suggest after one is read: the next unread one in the catalog's order. */
import { LESSON_IDS, type LessonId } from '../../../core/lessons/catalog.js';

/** The first unread lesson after `current` (wrapping round), or `null` when all are read. */
export function nextUnreadLesson(current: LessonId, read: ReadonlySet<LessonId>): LessonId | null {
  const start = LESSON_IDS.indexOf(current);
  for (let step = 1; step < LESSON_IDS.length; step += 1) {
    const id = LESSON_IDS[(start + step) % LESSON_IDS.length];
    if (id !== undefined && !read.has(id)) return id;
  }
  return null;
}
