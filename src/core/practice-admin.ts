/**
 * The practice's administration (issue 10), as pure rules: whether a one-use link can still be
 * used, whether an admin may turn an account off, how long an audit export may reach, and how a
 * CSV cell is written so a spreadsheet never runs it as a formula.
 */
import { addDays, isLocalDate, type LocalDate } from './calendar.js';

/** How long each kind of one-use link stays open. */
export const INVITATION_LIFETIME_MS = { admin: 24 * 3_600_000, clinician: 7 * 24 * 3_600_000 } as const;
export type InvitationKind = keyof typeof INVITATION_LIFETIME_MS;

/** The kinds of one-use account links; anything else in the table is ignored. */
export function isInvitationKind(value: string): value is InvitationKind {
  return value === 'admin' || value === 'clinician';
}

/** When a link made at `now` stops working. */
export function invitationExpiry(kind: InvitationKind, now: string): string {
  return new Date(Date.parse(now) + INVITATION_LIFETIME_MS[kind]).toISOString();
}

/** What is known of a link when deciding whether it still opens. */
export interface InvitationFacts {
  expiresAt: string;
  usedAt: string | null;
  withdrawnAt: string | null;
}

export type InvitationState = 'open' | 'used' | 'withdrawn' | 'expired';

/** Where a one-use link stands at `now`; only `open` may be claimed or withdrawn. */
export function invitationStateAt(facts: InvitationFacts, now: string): InvitationState {
  if (facts.usedAt !== null) return 'used';
  if (facts.withdrawnAt !== null) return 'withdrawn';
  return Date.parse(facts.expiresAt) > Date.parse(now) ? 'open' : 'expired';
}

/** The account an admin wants to turn off or on, and the practice around it. */
export interface StaffChange {
  actorId: string;
  target: { id: string; role: string; disabledAt: string | null };
  /** How many admin accounts are enabled now, the target included if it is one. */
  enabledAdmins: number;
  turnOff: boolean;
}

export type StaffChangeDecision = 'allow' | 'not_staff' | 'self' | 'last_admin' | 'unchanged';

/**
 * Whether an admin may turn an account off (or on): only clinicians and admins are managed
 * here; nobody turns themselves off; the practice always keeps one enabled admin.
 */
export function decideStaffChange(change: StaffChange): StaffChangeDecision {
  const { actorId, target, enabledAdmins, turnOff } = change;
  if (target.role !== 'clinician' && target.role !== 'admin') return 'not_staff';
  if ((target.disabledAt !== null) === turnOff) return 'unchanged';
  if (!turnOff) return 'allow';
  if (target.id === actorId) return 'self';
  if (target.role === 'admin' && enabledAdmins <= 1) return 'last_admin';
  return 'allow';
}

/** The longest audit export, in calendar days (a leap year). */
export const AUDIT_MAX_DAYS = 366;

export type AuditRangeProblem = 'from_invalid' | 'to_invalid' | 'reversed' | 'too_long';

/** What is wrong with an export range of calendar days, or null when it is fine. */
export function findAuditRangeProblem(from: string, to: string): AuditRangeProblem | null {
  if (!isLocalDate(from)) return 'from_invalid';
  if (!isLocalDate(to)) return 'to_invalid';
  if (to < from) return 'reversed';
  return addDays(from, AUDIT_MAX_DAYS - 1) < to ? 'too_long' : null;
}

/** The day after `to`: an export covers [from 00:00, the day after to 00:00) in the admin's zone. */
export function dayAfter(to: LocalDate): LocalDate {
  return addDays(to, 1);
}

// A cell starting with one of these is read as a formula by spreadsheets (CSV injection);
// tab and carriage return are listed by OWASP too.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-looking text gets a leading ', and quotes wrap what needs them. */
export function csvCell(value: string | null): string {
  if (value === null) return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document (RFC 4180, CRLF line ends) from a header and rows of cells. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
