/** Signing in with a second factor, passwords and devices (issue 10). */
import { Account } from './account.js';
import { IdParams, NoContent } from './common.js';
import type { RouteSpec } from './route-spec.js';
import {
  ChangePasswordRequest,
  ConfirmSecondFactorRequest,
  PassSecondFactorRequest,
  RecoveryCodes,
  RenewRecoveryCodesRequest,
  SecondFactorSetup,
  SecurityOverview,
  StartSecondFactorRequest,
} from './security.js';

export const securityRoutes = {
  setupSecondFactor: { method: 'POST', path: '/api/me/second-factor/setup', access: 'signed-in', status: 200, summary: 'Start setting up an authenticator app: a new secret as a QR code (clinicians and admins); replacing one asks for the password', body: StartSecondFactorRequest, response: SecondFactorSetup },
  confirmSecondFactor: { method: 'POST', path: '/api/me/second-factor/confirm', access: 'signed-in', status: 200, summary: 'Confirm the authenticator with a code; answers the recovery codes, once', body: ConfirmSecondFactorRequest, response: RecoveryCodes },
  passSecondFactor: { method: 'POST', path: '/api/auth/second-factor', access: 'signed-in', status: 200, summary: 'Finish signing in with an authenticator code or a recovery code', body: PassSecondFactorRequest, response: Account },
  renewRecoveryCodes: { method: 'POST', path: '/api/me/recovery-codes', access: 'person', status: 200, summary: 'New recovery codes (the old ones stop working); asks the password', body: RenewRecoveryCodesRequest, response: RecoveryCodes },
  getSecurity: { method: 'GET', path: '/api/me/security', access: 'person', status: 200, summary: 'My second factor and signed-in devices', response: SecurityOverview },
  endDevice: { method: 'DELETE', path: '/api/me/devices/:id', access: 'person', status: 204, summary: 'Sign out one of my devices', params: IdParams, response: NoContent },
  signOutEverywhere: { method: 'POST', path: '/api/me/sign-out-everywhere', access: 'person', status: 204, summary: 'Sign out of every device, this one too', response: NoContent },
  changePassword: { method: 'POST', path: '/api/me/password', access: 'person', status: 204, summary: 'Change my password; signs out my other devices', body: ChangePasswordRequest, response: NoContent },
} as const satisfies Record<string, RouteSpec>;
