/**
 * A linked clinician's reads of a patient's record (issue 10): the same answers the person gets
 * from their own `/api/me/...` routes, so the record and the person's app never disagree. Every
 * read is checked against the link and written to the audit log; a clinician who is not linked,
 * or no longer linked, gets 404 as for an id that does not exist.
 */
import { z } from 'zod';
import { CheckinList, CheckinQuery } from './checkin.js';
import { Id, Instant } from './common.js';
import { InsightsQuery, InsightsResponse } from './insights.js';
import { MyPlanResponse, PacingResponse } from './plan.js';
import { ProfileResponse } from './profile.js';
import type { RouteSpec } from './route-spec.js';
import { SafetyStatus } from './safety.js';
import { SessionLogList, SessionLogQuery } from './session-log.js';

export const PatientParams = z.strictObject({ patientId: Id });

/** Who the patient is, as their clinician sees them. */
export const PatientSummary = z.object({
  id: Id,
  name: z.string().nullable(),
  email: z.string(),
  timeZone: z.string(),
  /** When this clinician's link began. */
  linkedSince: Instant,
  /** Whether the person shares the notes they write in check-ins. */
  sharesNotes: z.boolean(),
});
export type PatientSummary = z.infer<typeof PatientSummary>;

const R = '/api/patients/:patientId';
const access = 'clinician-of-patient';

export const patientRoutes = {
  getPatient: { method: 'GET', path: R, access, status: 200, summary: 'A linked patient: who they are and since when', params: PatientParams, response: PatientSummary },
  getPatientProfile: { method: 'GET', path: `${R}/profile`, access, status: 200, summary: 'A linked patient’s intake answers', params: PatientParams, response: ProfileResponse },
  getPatientSafety: { method: 'GET', path: `${R}/safety`, access, status: 200, summary: 'A linked patient’s safety answers and status, with dates', params: PatientParams, response: SafetyStatus },
  listPatientCheckins: { method: 'GET', path: `${R}/checkins`, access, status: 200, summary: 'A linked patient’s check-ins (their notes only if they agreed to share them)', params: PatientParams, query: CheckinQuery, response: CheckinList },
  listPatientSessions: { method: 'GET', path: `${R}/sessions`, access, status: 200, summary: 'A linked patient’s exercise sessions with feedback and stop reasons', params: PatientParams, query: SessionLogQuery, response: SessionLogList },
  getPatientPlan: { method: 'GET', path: `${R}/plan`, access, status: 200, summary: 'A linked patient’s week and why', params: PatientParams, response: MyPlanResponse },
  getPatientPacing: { method: 'GET', path: `${R}/pacing`, access, status: 200, summary: 'A linked patient’s pacing history with reasons', params: PatientParams, response: PacingResponse },
  getPatientInsights: { method: 'GET', path: `${R}/insights`, access, status: 200, summary: 'A linked patient’s insights, with their uncertainty', params: PatientParams, query: InsightsQuery, response: InsightsResponse },
} as const satisfies Record<string, RouteSpec>;
