/** The practice's administration: the first admin, clinicians invited and disabled, settings, the audit log (issue 10). */
import { Account } from './account.js';
import {
  AuditCsv,
  AuditExport,
  AuditQuery,
  ClaimWelcomeRequest,
  CreatedInvitation,
  InviteClinicianRequest,
  PracticeSettings,
  StaffList,
  StaffMember,
  UpdatePracticeSettingsRequest,
  WelcomeInfo,
  WelcomeParams,
} from './admin.js';
import { IdParams, NoContent } from './common.js';
import type { RouteSpec } from './route-spec.js';

export const adminRoutes = {
  getWelcome: { method: 'GET', path: '/api/auth/welcome/:token', access: 'public', status: 200, summary: 'What a one-use link for a clinician or admin offers', params: WelcomeParams, response: WelcomeInfo },
  claimWelcome: { method: 'POST', path: '/api/auth/welcome/:token', access: 'public', status: 200, summary: 'Use a one-use link: create the account (or take the role on an existing one) and sign in', params: WelcomeParams, body: ClaimWelcomeRequest, response: Account },
  listStaff: { method: 'GET', path: '/api/admin/staff', access: 'admin', status: 200, summary: 'Clinicians and admins, and the open invitations', response: StaffList },
  inviteClinician: { method: 'POST', path: '/api/admin/clinician-invitations', access: 'admin', status: 201, summary: 'A one-use link for a clinician (7 days), shown once', body: InviteClinicianRequest, response: CreatedInvitation },
  withdrawInvitation: { method: 'DELETE', path: '/api/admin/clinician-invitations/:id', access: 'admin', status: 204, summary: 'Withdraw an open invitation', params: IdParams, response: NoContent },
  disableStaff: { method: 'POST', path: '/api/admin/staff/:id/disable', access: 'admin', status: 200, summary: 'Turn a clinician or admin account off; its sessions end at once', params: IdParams, response: StaffMember },
  enableStaff: { method: 'POST', path: '/api/admin/staff/:id/enable', access: 'admin', status: 200, summary: 'Turn a clinician or admin account back on', params: IdParams, response: StaffMember },
  getPracticeSettings: { method: 'GET', path: '/api/admin/settings', access: 'admin', status: 200, summary: 'The practice settings', response: PracticeSettings },
  putPracticeSettings: { method: 'PUT', path: '/api/admin/settings', access: 'admin', status: 200, summary: 'Change the practice settings (relaxing the second factor asks for the password)', body: UpdatePracticeSettingsRequest, response: PracticeSettings },
  exportAudit: { method: 'GET', path: '/api/admin/audit', access: 'admin', status: 200, summary: 'The audit log between two days, as JSON (a download)', query: AuditQuery, response: AuditExport },
  exportAuditCsv: { method: 'GET', path: '/api/admin/audit.csv', access: 'admin', status: 200, summary: 'The audit log between two days, as CSV (a download)', query: AuditQuery, response: AuditCsv },
} as const satisfies Record<string, RouteSpec>;
