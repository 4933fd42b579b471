/** Lessons (issue 14): which one is offered now and why, and what the person has read. */
import { z } from 'zod';
import { LESSON_IDS, LESSON_REASONS } from '../core/lessons/catalog.js';
import { Instant } from './common.js';

export const LessonIdSchema = z.enum(LESSON_IDS);

export const LessonParams = z.strictObject({ lessonId: LessonIdSchema });

export const LessonsResponse = z.object({
  /** The lesson offered now, if any (one every few days, or one that matters now). */
  offered: z.object({ lessonId: LessonIdSchema, reason: z.enum(LESSON_REASONS) }).nullable(),
  /** The lessons read, with when each was first and last read. */
  read: z.array(z.object({ lessonId: LessonIdSchema, firstReadAt: Instant, lastReadAt: Instant })),
});
export type LessonsResponse = z.infer<typeof LessonsResponse>;
