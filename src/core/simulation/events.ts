/**
 * A simulated person's check-ins and session logs as pacing events, through pacing's own
 * `sessionEventOf` / `checkinEventOf`: the same path the server's replay takes from stored rows.
 */
import type { LocalDate } from '../calendar.js';
import { checkinEventOf, sessionEventOf } from '../pacing/events.js';
import type { CheckinEvent, SessionEvent } from '../pacing/types.js';
import type { SessionLogBody } from '../session-player/record.js';

/** A morning check-in as the server stores it and pacing reads it. */
export function checkinEvent(at: string, localDate: LocalDate, pain: number, flare: boolean): CheckinEvent {
  return checkinEventOf({ at, localDate, pain, flare });
}

/** A session log as the server stores it (on the person's day, `partial` always set) and replays it. */
export function sessionEvent(log: SessionLogBody, localDate: LocalDate): SessionEvent {
  return sessionEventOf({ ...log, localDate, partial: log.partial ?? false });
}
