/**
 * The practice's administration: staff accounts turned off and on, the practice settings, and
 * the audit log's export. Every change is itself written to the audit log (no patient).
 */
import { practice } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import { decideStaffChange, dayAfter, findAuditRangeProblem, toCsv, type AuditRangeProblem } from '../../core/practice-admin.js';
import { fromZonedDateTimeInput } from '../../core/zoned-time.js';
import type { AuditExport, AuditQuery, PracticeSettings, StaffList, StaffMember, UpdatePracticeSettingsRequest } from '../../contract/admin.js';
import {
  countEnabledAdmins,
  findAccountForStaffList,
  findSettingRecord,
  listAuditLines,
  listOpenInvitations,
  listStaffAccounts,
  setAccountDisabled,
} from '../../db/admin.repository.js';
import { saveSetting } from '../../db/settings.repository.js';
import { findUserById } from '../../db/user.repository.js';
import { audit, requireAccess } from '../access.js';
import { checkPassword } from '../auth/passwords.js';
import type { Person, Services } from '../context.js';

const SECOND_FACTOR_KEY = 'second_factor_required';

/** Clinicians and admins, and the links still open. */
export async function listStaff(services: Services, person: Person): Promise<StaffList> {
  await requireAccess(services, person, practice('manage_clinicians'), person.id);
  const [staff, invitations] = await Promise.all([
    listStaffAccounts(services.db),
    listOpenInvitations(services.db, services.clock.now()),
  ]);
  return { staff, invitations };
}

const STAFF_CHANGE_REFUSALS = {
  self: 'You cannot turn off your own account. Ask another admin to do it.',
  last_admin: 'This is the practice’s last enabled admin account, so it stays on.',
} as const;

/** Turns a clinician or admin account off (every session ends at once) or back on. */
export async function setStaffEnabled(services: Services, person: Person, id: string, enabled: boolean): Promise<StaffMember> {
  await requireAccess(services, person, practice('manage_clinicians'), person.id);
  const target = await findAccountForStaffList(services.db, id);
  if (!target) throw new AppError('not_found', 'There is no clinician or admin with this id.');
  const enabledAdmins = await countEnabledAdmins(services.db);
  const decision = decideStaffChange({ actorId: person.id, target, enabledAdmins, turnOff: !enabled });
  switch (decision) {
    case 'not_staff':
      throw new AppError('not_found', 'There is no clinician or admin with this id.');
    case 'self':
    case 'last_admin':
      throw new AppError('conflict', STAFF_CHANGE_REFUSALS[decision]);
    case 'unchanged':
      return target;
    case 'allow':
      break;
  }
  const now = services.clock.now();
  await setAccountDisabled(services.db, id, enabled ? null : now, now);
  services.sessionCache.forgetPerson(id);
  await audit(services, person, [null], enabled ? 'practice:enable_account' : 'practice:disable_account');
  return { ...target, disabledAt: enabled ? null : now };
}

async function readSettings(services: Services): Promise<PracticeSettings> {
  const record = await findSettingRecord(services.db, SECOND_FACTOR_KEY);
  return {
    secondFactorRequired: record?.value !== 'false',
    updatedAt: record?.updatedAt ?? null,
    updatedBy: record?.updatedBy ?? null,
  };
}

/** The practice settings. */
export async function getPracticeSettings(services: Services, person: Person): Promise<PracticeSettings> {
  await requireAccess(services, person, practice('settings'), person.id);
  return readSettings(services);
}

/**
 * Changes the settings. Relaxing the second factor asks for the admin's password and is written
 * to the audit log; every cached session is forgotten so the change applies at once.
 */
export async function updatePracticeSettings(services: Services, person: Person, input: UpdatePracticeSettingsRequest): Promise<PracticeSettings> {
  await requireAccess(services, person, practice('settings'), person.id);
  if (!input.secondFactorRequired) {
    const row = await findUserById(services.db, person.id);
    if (!row || !(await checkPassword(row.password_hash, input.password ?? ''))) {
      throw new AppError('forbidden', 'That password is not right, so the setting was not changed.', 'password');
    }
  }
  const now = services.clock.now();
  await saveSetting(services.db, SECOND_FACTOR_KEY, input.secondFactorRequired ? 'true' : 'false', now, person.id);
  services.sessionCache.clear();
  await audit(services, person, [null], 'practice:settings');
  return readSettings(services);
}

const RANGE_PROBLEMS: Record<AuditRangeProblem, { field: 'from' | 'to'; message: string }> = {
  from_invalid: { field: 'from', message: 'Use a real day written as YYYY-MM-DD.' },
  to_invalid: { field: 'to', message: 'Use a real day written as YYYY-MM-DD.' },
  reversed: { field: 'to', message: 'The last day comes before the first day.' },
  too_long: { field: 'to', message: 'Export at most 366 days at a time.' },
};

/** The audit log between two days of the admin's calendar, both included. */
export async function exportAudit(services: Services, person: Person, query: AuditQuery): Promise<AuditExport> {
  await requireAccess(services, person, practice('export_audit'), person.id);
  const problem = findAuditRangeProblem(query.from, query.to);
  if (problem) throw new AppError('validation_failed', RANGE_PROBLEMS[problem].message, RANGE_PROBLEMS[problem].field);
  const start = startOfDay(query.from, person.timeZone);
  const end = startOfDay(dayAfter(query.to), person.timeZone);
  const events = await listAuditLines(services.db, start, end);
  await audit(services, person, [null], 'practice:export_audit');
  return { from: query.from, to: query.to, timeZone: person.timeZone, exportedAt: services.clock.now(), events };
}

/** The same export as CSV. */
export async function exportAuditCsv(services: Services, person: Person, query: AuditQuery): Promise<string> {
  const { events } = await exportAudit(services, person, query);
  return toCsv(
    ['at', 'actor_name', 'actor_role', 'patient_id', 'patient_name', 'action'],
    events.map((e) => [e.at, e.actorName, e.actorRole, e.patientId, e.patientName, e.action]),
  );
}

/** The instant a calendar day begins in a zone (UTC midnight if the zone skips midnight). */
function startOfDay(day: string, timeZone: string): string {
  return fromZonedDateTimeInput(`${day}T00:00`, timeZone) ?? `${day}T00:00:00.000Z`;
}
