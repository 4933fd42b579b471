/** Rows to API shapes, with explicit field lists: nothing leaves the server by accident. */
import type { Account } from '../contract/account.js';
import type { Checkin } from '../contract/checkin.js';
import type { SessionLog } from '../contract/session-log.js';
import type { PainArea } from '../core/profile.js';
import type { CheckinRow } from '../db/checkin.repository.js';
import type { SessionLogRow } from '../db/session-log.repository.js';
import type { Person } from './context.js';

/** The account as its owner sees it. */
export function presentAccount(person: Person): Account {
  return {
    id: person.id,
    email: person.email,
    name: person.name,
    timeZone: person.timeZone,
    createdAt: person.createdAt,
  };
}

/** A check-in as its owner sees it. */
export function presentCheckin(row: CheckinRow): Checkin {
  return {
    id: row.id,
    at: row.at,
    localDate: row.local_date,
    pain: row.pain,
    flare: row.flare === 1,
    areas: JSON.parse(row.areas) as PainArea[],
    stiffness: row.stiffness,
    sleep: row.sleep,
    mood: row.mood,
    energy: row.energy,
    stress: row.stress,
    notes: row.notes,
    peg:
      row.peg_pain === null || row.peg_enjoyment === null || row.peg_activity === null
        ? null
        : { pain: row.peg_pain, enjoyment: row.peg_enjoyment, activity: row.peg_activity },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A session log as its owner sees it. */
export function presentSessionLog(row: SessionLogRow): SessionLog {
  return {
    id: row.id,
    clientId: row.client_id,
    startedAt: row.started_at,
    localDate: row.local_date,
    painBefore: row.pain_before,
    painAfter: row.pain_after,
    items: JSON.parse(row.items) as SessionLog['items'],
    partial: row.partial === 1,
    notes: row.notes,
    createdAt: row.created_at,
  };
}
