/** Schemas of the practice's administration: one-use links, staff, settings, the audit log. */
import { z } from 'zod';
import { ROLES } from '../core/access/policy.js';
import { Email, Password } from './account.js';
import { Id, Instant, LocalDate, plainText, TimeZone } from './common.js';

const Name = z.string().trim().min(1, 'Enter a name, or leave it out.').pipe(plainText(80));

/** A one-use link's token: 32 random bytes written in base64url. */
export const WelcomeParams = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'This link is not complete. Copy the whole link.'),
});

/** What a one-use link offers before it is claimed. */
export const WelcomeInfo = z.object({
  kind: z.enum(['admin', 'clinician']),
  email: z.string(),
  /** The admin who made the link; null for the first admin's link from the command line. */
  invitedBy: z.string().nullable(),
  expiresAt: Instant,
  /** True when an account with this email exists: claiming asks for its password. */
  hasAccount: z.boolean(),
});
export type WelcomeInfo = z.infer<typeof WelcomeInfo>;

export const ClaimWelcomeRequest = z.strictObject({
  password: Password,
  name: Name.optional(),
  timeZone: TimeZone.optional(),
});
export type ClaimWelcomeRequest = z.input<typeof ClaimWelcomeRequest>;

/** A clinician or admin account as the admin page lists it. */
export const StaffMember = z.object({
  id: Id,
  name: z.string().nullable(),
  email: z.string(),
  role: z.enum(ROLES),
  createdAt: Instant,
  disabledAt: Instant.nullable(),
  secondFactorSetUp: z.boolean(),
});
export type StaffMember = z.infer<typeof StaffMember>;

/** A one-use link not yet claimed, withdrawn or expired. */
export const OpenInvitation = z.object({
  id: Id,
  kind: z.enum(['admin', 'clinician']),
  email: z.string(),
  name: z.string().nullable(),
  createdAt: Instant,
  expiresAt: Instant,
});
export type OpenInvitation = z.infer<typeof OpenInvitation>;

export const StaffList = z.object({ staff: z.array(StaffMember), invitations: z.array(OpenInvitation) });
export type StaffList = z.infer<typeof StaffList>;

export const InviteClinicianRequest = z.strictObject({ email: Email, name: Name.optional() });
export type InviteClinicianRequest = z.input<typeof InviteClinicianRequest>;

/** The new link, shown once: only its hash is kept. */
export const CreatedInvitation = z.object({ id: Id, link: z.string(), expiresAt: Instant });
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

export const PracticeSettings = z.object({
  secondFactorRequired: z.boolean(),
  /** When the setting was last changed and by whom; null while it has never been changed. */
  updatedAt: Instant.nullable(),
  updatedBy: z.string().nullable(),
});
export type PracticeSettings = z.infer<typeof PracticeSettings>;

/** Relaxing the second factor is never silent: it asks for the admin's password. */
export const UpdatePracticeSettingsRequest = z
  .strictObject({ secondFactorRequired: z.boolean(), password: Password.optional() })
  .refine((body) => body.secondFactorRequired || body.password !== undefined, {
    message: 'Enter your password to turn off the authenticator code.',
    path: ['password'],
  });
export type UpdatePracticeSettingsRequest = z.input<typeof UpdatePracticeSettingsRequest>;

export const AuditQuery = z.strictObject({ from: LocalDate, to: LocalDate });
export type AuditQuery = z.input<typeof AuditQuery>;

/** One line of the audit log. */
export const AuditEvent = z.object({
  at: Instant,
  actorName: z.string().nullable(),
  actorRole: z.string(),
  /** Whose data; null for the practice's own changes. */
  patientId: z.string().nullable(),
  patientName: z.string().nullable(),
  action: z.string(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditExport = z.object({
  from: z.string(),
  to: z.string(),
  timeZone: z.string(),
  exportedAt: Instant,
  events: z.array(AuditEvent),
});
export type AuditExport = z.infer<typeof AuditExport>;

/** The same log as CSV text (cells that look like formulas start with '). */
export const AuditCsv = z.string();
