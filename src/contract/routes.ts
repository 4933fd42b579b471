/**
 * Every route of the public API in one table: method, path, who may call it, and the schemas of
 * its request and response. The server registers handlers against it, the OpenAPI document is
 * generated from it, and the web client is typed by it.
 */
import { z } from 'zod';
import {
  Account,
  DeleteAccountRequest,
  LoginRequest,
  SignupRequest,
  UpdateAccountRequest,
} from './account.js';
import {
  CheckinList,
  CheckinQuery,
  CheckinSchema,
  CreateCheckinRequest,
  DeleteCheckinQuery,
  UpdateCheckinRequest,
} from './checkin.js';
import { IdParams, NoContent } from './common.js';
import { InsightsQuery, InsightsResponse } from './insights.js';
import { MoveQuery, MoveRequest, SwapAlternativesResponse, SwapParams, SwapRequest } from './week-changes.js';
import { BadDayQuery, MyPlanResponse, PacingResponse, PlanSchema, SimulationRequest, SimulationResponse } from './plan.js';
import { ExerciseList, ExerciseParams, ExerciseQuery, ExerciseSchema } from './exercise.js';
import { ExportDocument } from './export.js';
import { CreateSessionLogRequest, SessionLogList, SessionLogQuery, SessionLogSchema } from './session-log.js';
import { IntakeDraftResponse, IntakeDraftSchema, ProfileResponse, ProfileSchema } from './profile.js';
import { PutSafetyRequest, SafetyStatus } from './safety.js';
import { TimelineQuery, TimelineResponse } from './timeline.js';

export type { Access, HttpMethod, RouteSpec } from './route-spec.js';
import type { RouteSpec } from './route-spec.js';
import { adminRoutes } from './admin.routes.js';
import { securityRoutes } from './security.routes.js';
import { careRoutes } from './care.routes.js';
import { practiceRoutes } from './practice.routes.js';
import { patientRoutes } from './patient.routes.js';
import { prescriptionRoutes } from './prescription.routes.js';
import { customExerciseRoutes } from './custom-exercise.routes.js';
import { reportRoutes } from './report.routes.js';
import { questionnaireRoutes } from './questionnaire.routes.js';
import { dataExportRoutes } from './data-export.routes.js';
import { journalRoutes } from './journal.routes.js';
import { reminderRoutes } from './reminder.routes.js';
import { passwordRecoveryRoutes } from './password-recovery.routes.js';

export const HealthResponse = z.object({ status: z.literal('ok') });

export const routes = {
  health: { method: 'GET', path: '/api/health', access: 'public', status: 200, summary: 'Liveness check', response: HealthResponse },
  signup: { method: 'POST', path: '/api/auth/signup', access: 'public', status: 201, summary: 'Create an account and sign in', body: SignupRequest, response: Account },
  login: { method: 'POST', path: '/api/auth/login', access: 'public', status: 200, summary: 'Sign in', body: LoginRequest, response: Account },
  logout: { method: 'POST', path: '/api/auth/logout', access: 'public', status: 204, summary: 'Sign out of this device', response: NoContent },
  getMe: { method: 'GET', path: '/api/me', access: 'signed-in', status: 200, summary: 'The signed-in account', response: Account },
  updateMe: { method: 'PATCH', path: '/api/me', access: 'person', status: 200, summary: 'Change name or time zone', body: UpdateAccountRequest, response: Account },
  deleteMe: { method: 'DELETE', path: '/api/me', access: 'person', status: 204, summary: 'Delete the account and everything in it', body: DeleteAccountRequest, response: NoContent },
  exportMe: { method: 'GET', path: '/api/me/export', access: 'person', status: 200, summary: 'Export all of my data as JSON', response: ExportDocument },
  getProfile: { method: 'GET', path: '/api/me/profile', access: 'person', status: 200, summary: 'My intake profile', response: ProfileResponse },
  putProfile: { method: 'PUT', path: '/api/me/profile', access: 'person', status: 200, summary: 'Save my intake profile', body: ProfileSchema, response: ProfileResponse },
  getSafety: { method: 'GET', path: '/api/me/safety', access: 'person', status: 200, summary: 'My safety status: what the plan is built on, and whether the safety questions are due again', response: SafetyStatus },
  putSafety: { method: 'PUT', path: '/api/me/safety', access: 'person', status: 200, summary: 'Answer the safety questions again', body: PutSafetyRequest, response: SafetyStatus },
  getIntakeDraft: { method: 'GET', path: '/api/me/intake-draft', access: 'person', status: 200, summary: 'My unfinished intake', response: IntakeDraftResponse },
  putIntakeDraft: { method: 'PUT', path: '/api/me/intake-draft', access: 'person', status: 200, summary: 'Save my unfinished intake', body: IntakeDraftSchema, response: IntakeDraftResponse },
  createCheckin: { method: 'POST', path: '/api/me/checkins', access: 'person', status: 201, summary: 'Log a check-in (idempotent by clientId)', body: CreateCheckinRequest, response: CheckinSchema },
  listCheckins: { method: 'GET', path: '/api/me/checkins', access: 'person', status: 200, summary: 'My check-ins, newest first', query: CheckinQuery, response: CheckinList },
  getCheckin: { method: 'GET', path: '/api/me/checkins/:id', access: 'person', status: 200, summary: 'One of my check-ins', params: IdParams, response: CheckinSchema },
  updateCheckin: { method: 'PATCH', path: '/api/me/checkins/:id', access: 'person', status: 200, summary: 'Edit a check-in. Send `version` (the updatedAt you last saw) to get 409 changed_since, with the current check-in, when it changed since; the same `changeId` again answers 200 without applying twice', params: IdParams, body: UpdateCheckinRequest, response: CheckinSchema },
  deleteCheckin: { method: 'DELETE', path: '/api/me/checkins/:id', access: 'person', status: 204, summary: 'Delete a check-in. Send `?version=` (the updatedAt you last saw) to get 409 changed_since, with the current check-in, when it changed since; a check-in already gone answers 404', params: IdParams, query: DeleteCheckinQuery, response: NoContent },
  createSessionLog: { method: 'POST', path: '/api/me/sessions', access: 'person', status: 201, summary: 'Log an exercise session (idempotent by clientId)', body: CreateSessionLogRequest, response: SessionLogSchema },
  listSessionLogs: { method: 'GET', path: '/api/me/sessions', access: 'person', status: 200, summary: 'My exercise sessions, newest first', query: SessionLogQuery, response: SessionLogList },
  previewPlan: { method: 'POST', path: '/api/plans/preview', access: 'public', status: 200, summary: 'A plan for a profile, with no account and nothing stored', body: ProfileSchema, response: PlanSchema },
  simulatePlan: { method: 'POST', path: '/api/plans/simulate', access: 'public', status: 200, summary: 'How a plan grows over weeks for a profile and a behaviour, with no account and nothing stored', body: SimulationRequest, response: SimulationResponse },
  getMyPlan: { method: 'GET', path: '/api/me/plan', access: 'person', status: 200, summary: 'This week’s plan with my pacing applied', response: MyPlanResponse },
  markBadDay: { method: 'POST', path: '/api/me/plan/bad-day', access: 'person', status: 200, summary: 'Mark a bad day: `?date=` is the day it was tapped (today or yesterday in my zone, 422 otherwise; today when absent). Marking twice keeps one mark', query: BadDayQuery, response: MyPlanResponse },
  unmarkBadDay: { method: 'DELETE', path: '/api/me/plan/bad-day', access: 'person', status: 200, summary: 'Take back a bad-day mark: `?date=` as for marking; taking back twice is the same as once', query: BadDayQuery, response: MyPlanResponse },
  listSwapAlternatives: { method: 'GET', path: '/api/me/plan/swaps/:exerciseId/alternatives', access: 'person', status: 200, summary: 'Exercises that fit in place of one of this week’s: same pillar, a shared body region, no harder, allowed for me (404 when it is not in my week)', params: SwapParams, response: SwapAlternativesResponse },
  swapExercise: { method: 'POST', path: '/api/me/plan/swaps', access: 'person', status: 200, summary: 'Swap an exercise of this week for one of its alternatives, on every day of the week (422 when it is not one)', body: SwapRequest, response: MyPlanResponse },
  undoSwap: { method: 'DELETE', path: '/api/me/plan/swaps/:exerciseId', access: 'person', status: 200, summary: 'Take back the swap of an exercise this week (404 when there is none)', params: SwapParams, response: MyPlanResponse },
  moveSession: { method: 'POST', path: '/api/me/plan/moves', access: 'person', status: 200, summary: 'Move a session of this week to another day or time of day: never into the past, onto a taken time, or against a plan rule (422)', body: MoveRequest, response: MyPlanResponse },
  undoMove: { method: 'DELETE', path: '/api/me/plan/moves', access: 'person', status: 200, summary: 'Put a moved session back: `?day=&slot=` where it first was (404 when no move starts there)', query: MoveQuery, response: MyPlanResponse },
  getPacing: { method: 'GET', path: '/api/me/pacing', access: 'person', status: 200, summary: 'My pacing: mode, quotas and every change with its reason', response: PacingResponse },
  getInsights: { method: 'GET', path: '/api/me/insights', access: 'person', status: 200, summary: 'Honest patterns in my journal, with their uncertainty', query: InsightsQuery, response: InsightsResponse },
  getTimeline: { method: 'GET', path: '/api/me/timeline', access: 'person', status: 200, summary: 'My whole journal over at most 92 of my days: check-ins, sessions, bad days and questionnaires answered', query: TimelineQuery, response: TimelineResponse },
  listExercises: { method: 'GET', path: '/api/exercises', access: 'public', status: 200, summary: 'The exercise library, filtered', query: ExerciseQuery, response: ExerciseList },
  getExercise: { method: 'GET', path: '/api/exercises/:id', access: 'public', status: 200, summary: 'One exercise', params: ExerciseParams, response: ExerciseSchema },
  ...securityRoutes,
  ...adminRoutes,
  ...careRoutes,
  ...practiceRoutes,
  ...patientRoutes,
  ...prescriptionRoutes,
  ...customExerciseRoutes,
  ...reportRoutes,
  ...questionnaireRoutes,
  ...dataExportRoutes,
  ...journalRoutes,
  ...reminderRoutes,
  ...passwordRecoveryRoutes,
} as const satisfies Record<string, RouteSpec>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;

type InputOf<S> = S extends z.ZodType ? z.input<S> : undefined;
/** What a client sends to a route. */
export type RouteInput<N extends RouteName> = {
  body: InputOf<Routes[N] extends { body: infer B } ? B : undefined>;
  query: InputOf<Routes[N] extends { query: infer Q } ? Q : undefined>;
  params: InputOf<Routes[N] extends { params: infer P } ? P : undefined>;
};
/** What a route answers with. */
export type RouteOutput<N extends RouteName> = z.infer<Routes[N]['response']>;
