/**
 * A simulated person's check-ins and session logs as pacing events, the way the server turns
 * stored rows into events for its replay (plan.service.ts `replayPacing`).
 */
import type { LocalDate } from '../calendar.js';
import type { CheckinEvent, SessionEvent } from '../pacing/types.js';
import type { SessionLogBody } from '../session-player/record.js';

/** A morning check-in as pacing reads it. */
export function checkinEventOf(at: string, localDate: LocalDate, pain: number, flare: boolean): CheckinEvent {
  return { kind: 'checkin', at, localDate, pain, flare };
}

/** A session log as the server stores and replays it: every item, `partial` always set. */
export function sessionEventOf(log: SessionLogBody, localDate: LocalDate): SessionEvent {
  return {
    kind: 'session',
    clientId: log.clientId,
    startedAt: log.startedAt,
    localDate,
    painBefore: log.painBefore,
    painAfter: log.painAfter,
    items: log.items.map(({ painDuring: _painDuring, ...item }) => item),
    partial: log.partial ?? false,
  };
}
