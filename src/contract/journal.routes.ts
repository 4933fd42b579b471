/** Lessons and the flare plan (issue 14): the person's own, no one else's. */
import { NoContent } from './common.js';
import { FlarePlanResponse, PutFlarePlanRequest } from './flare-plan.js';
import { LessonParams, LessonsResponse } from './lesson.js';
import type { RouteSpec } from './route-spec.js';

export const journalRoutes = {
  getLessons: { method: 'GET', path: '/api/me/lessons', access: 'person', status: 200, summary: 'The lesson offered to me now, if any, and the lessons I have read', response: LessonsResponse },
  markLessonRead: { method: 'POST', path: '/api/me/lessons/:lessonId/read', access: 'person', status: 200, summary: 'Record that I read a lesson (nothing is graded)', params: LessonParams, response: LessonsResponse },
  markLessonLater: { method: 'POST', path: '/api/me/lessons/:lessonId/later', access: 'person', status: 200, summary: 'Not now: the lesson is offered again in a few days', params: LessonParams, response: LessonsResponse },
  getFlarePlan: { method: 'GET', path: '/api/me/flare-plan', access: 'person', status: 200, summary: 'My flare plan, if I wrote one', response: FlarePlanResponse },
  putFlarePlan: { method: 'PUT', path: '/api/me/flare-plan', access: 'person', status: 200, summary: 'Write or rewrite my flare plan', body: PutFlarePlanRequest, response: FlarePlanResponse },
  deleteFlarePlan: { method: 'DELETE', path: '/api/me/flare-plan', access: 'person', status: 204, summary: 'Delete my flare plan', response: NoContent },
} as const satisfies Record<string, RouteSpec>;
