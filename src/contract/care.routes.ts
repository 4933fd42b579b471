/** Links between a clinician and a patient, made with consent, and notes both ways (issue 10). */
import {
  AcceptInvitationRequest,
  AccessLog,
  AccessLogQuery,
  CareLink,
  CareLinkList,
  CareNote,
  CareNoteList,
  CreatedInvitation,
  CreateInvitationRequest,
  CreateMyNoteRequest,
  CreatePatientNoteRequest,
  FoundInvitation,
  InvitationList,
  InvitationRef,
  LinkIdParams,
  MarkNotesReadRequest,
} from './care.js';
import { IdParams, NoContent } from './common.js';
import { PatientParams } from './patient.routes.js';
import type { RouteSpec } from './route-spec.js';

const P = '/api/patients/:patientId';

export const careRoutes = {
  createCareInvitation: { method: 'POST', path: '/api/practice/invitations', access: 'clinician', status: 201, summary: 'Invite a patient: a one-use link and code, shown once, open for 14 days', body: CreateInvitationRequest, response: CreatedInvitation },
  listCareInvitations: { method: 'GET', path: '/api/practice/invitations', access: 'clinician', status: 200, summary: 'My open and recently answered invitations', response: InvitationList },
  withdrawCareInvitation: { method: 'DELETE', path: '/api/practice/invitations/:id', access: 'clinician', status: 204, summary: 'Withdraw an open invitation', params: IdParams, response: NoContent },
  findCareInvitation: { method: 'POST', path: '/api/care-invitations/find', access: 'person', status: 200, summary: 'Who invites me and exactly what would be shared', body: InvitationRef, response: FoundInvitation },
  acceptCareInvitation: { method: 'POST', path: '/api/care-invitations/accept', access: 'person', status: 201, summary: 'Accept an invitation: link to the clinician', body: AcceptInvitationRequest, response: CareLink },
  declineCareInvitation: { method: 'POST', path: '/api/care-invitations/decline', access: 'person', status: 204, summary: 'Decline an invitation', body: InvitationRef, response: NoContent },
  listMyClinicians: { method: 'GET', path: '/api/me/clinicians', access: 'person', status: 200, summary: 'My clinicians: the links now active', response: CareLinkList },
  endMyCareLink: { method: 'DELETE', path: '/api/me/clinicians/:linkId', access: 'person', status: 204, summary: 'End a link to a clinician, at once', params: LinkIdParams, response: NoContent },
  getMyAccessLog: { method: 'GET', path: '/api/me/access-log', access: 'person', status: 200, summary: 'Who looked at my data, one line per clinician per day', query: AccessLogQuery, response: AccessLog },
  endPatientLink: { method: 'DELETE', path: `${P}/link`, access: 'clinician-of-patient', status: 204, summary: 'End my link to a patient', params: PatientParams, response: NoContent },
  listMyNotes: { method: 'GET', path: '/api/me/notes', access: 'person', status: 200, summary: 'My notes with every clinician, oldest first', response: CareNoteList },
  createMyNote: { method: 'POST', path: '/api/me/notes', access: 'person', status: 201, summary: 'Write a note to one of my clinicians (idempotent by clientId)', body: CreateMyNoteRequest, response: CareNote },
  markMyNotesRead: { method: 'POST', path: '/api/me/notes/read', access: 'person', status: 204, summary: 'Mark a clinician’s notes to me as read', body: MarkNotesReadRequest, response: NoContent },
  listPatientNotes: { method: 'GET', path: `${P}/notes`, access: 'clinician-of-patient', status: 200, summary: 'The notes between me and a linked patient, oldest first', params: PatientParams, response: CareNoteList },
  createPatientNote: { method: 'POST', path: `${P}/notes`, access: 'clinician-of-patient', status: 201, summary: 'Write a note to a linked patient (idempotent by clientId)', params: PatientParams, body: CreatePatientNoteRequest, response: CareNote },
} as const satisfies Record<string, RouteSpec>;
