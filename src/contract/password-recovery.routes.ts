/** The routes of password recovery (issue 15). */
import { NoContent } from './common.js';
import { PatientParams } from './patient.routes.js';
import {
  AdminResetLinkRequest,
  CodeResetRequest,
  LinkResetRequest,
  RecoveryCodesLeft,
  RecoveryMailRequest,
  RecoveryOptions,
  ResetLink,
} from './password-recovery.js';
import type { RouteSpec } from './route-spec.js';
import { RecoveryCodes, RenewRecoveryCodesRequest } from './security.js';

export const passwordRecoveryRoutes = {
  getRecoveryOptions: { method: 'GET', path: '/api/auth/recovery', access: 'public', status: 200, summary: 'Which ways back in after a forgotten password this practice offers', response: RecoveryOptions },
  requestResetMail: { method: 'POST', path: '/api/auth/recovery/mail', access: 'public', status: 204, summary: 'Mail a reset link (1 hour) when the practice configured mail; the same answer whether the email has an account or not', body: RecoveryMailRequest, response: NoContent },
  resetWithCode: { method: 'POST', path: '/api/auth/recovery/code', access: 'public', status: 204, summary: 'Set a new password with a recovery code (each works once); ends every session of the account', body: CodeResetRequest, response: NoContent },
  resetWithLink: { method: 'POST', path: '/api/auth/recovery/link', access: 'public', status: 204, summary: 'Set a new password with a reset link’s token (works once); ends every session of the account; the second factor is still asked at sign-in', body: LinkResetRequest, response: NoContent },
  getMyRecoveryCodes: { method: 'GET', path: '/api/me/password-recovery-codes', access: 'person', status: 200, summary: 'How many of my recovery codes are unused', response: RecoveryCodesLeft },
  makeMyRecoveryCodes: { method: 'POST', path: '/api/me/password-recovery-codes', access: 'person', status: 200, summary: 'New recovery codes for a forgotten password, shown once (the old ones stop working); asks the password', body: RenewRecoveryCodesRequest, response: RecoveryCodes },
  makePatientResetLink: { method: 'POST', path: '/api/patients/:patientId/password-reset-link', access: 'clinician-of-patient', status: 201, summary: 'A one-use link (24 hours, shown once) for a linked patient to set a new password', params: PatientParams, response: ResetLink },
  makeResetLink: { method: 'POST', path: '/api/admin/password-reset-links', access: 'admin', status: 201, summary: 'A one-use link (24 hours, shown once) for an account of the practice to set a new password', body: AdminResetLinkRequest, response: ResetLink },
} as const satisfies Record<string, RouteSpec>;
