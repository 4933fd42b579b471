/**
 * Everything pacing is replayed from, for one person: their check-ins and session logs as pacing
 * events (through core's `checkinEventOf` / `sessionEventOf`, the one place a stored entry becomes
 * an event), the check-ins themselves for today's pain, and a clinician's prescription (issue 11).
 */
import { checkinEventOf, sessionEventOf, type LoggedCheckin, type PacingEvent } from '../../core/pacing/index.js';
import type { Prescription } from '../../core/prescription/types.js';
import type { Profile } from '../../core/profile.js';
import { pacingContextFor } from '../../core/planner/pacing-context.js';
import { listPacingCheckins } from '../../db/checkin.repository.js';
import { listAdjustmentsInForce } from '../../db/prescription.repository.js';
import { listAllSessionLogs } from '../../db/session-log.repository.js';
import type { SubjectRef } from '../access.js';
import type { Services } from '../context.js';
import type { Library } from './library.service.js';

/** A person's pacing events, oldest first, with their check-ins and the prescription pacing works within. */
export async function loadPacingEvents(
  services: Services,
  subject: SubjectRef,
): Promise<{ events: PacingEvent[]; checkins: LoggedCheckin[]; prescription: Prescription }> {
  const [checkins, sessions, prescription] = await Promise.all([
    listPacingCheckins(services.db, subject.id),
    listAllSessionLogs(services.db, subject.id),
    listAdjustmentsInForce(services.db, subject.id),
  ]);
  return { events: [...checkins.map(checkinEventOf), ...sessions.map(sessionEventOf)], checkins, prescription };
}

/**
 * What a replay needs besides events; the same for every replay of one person, so states agree.
 * With a clinician's prescription (issue 11) pacing works within it, and the day's minutes are
 * the prescribed ones (core's `prescribedProfile`).
 */
export function replayContext(library: Library, profile: Profile | null, prescription: Prescription = []) {
  return pacingContextFor(library.index(), profile, prescription);
}
