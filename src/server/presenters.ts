/** Rows to API shapes, with explicit field lists: nothing leaves the server by accident. */
import type { Account } from '../contract/account.js';
import type { Checkin } from '../contract/checkin.js';
import type { SessionLog } from '../contract/session-log.js';
import type { StoredCheckin } from '../db/checkin.repository.js';
import { emergencyNumberFor } from '../core/emergency-number.js';
import type { Config } from './config.js';
import type { Person } from './context.js';

/** The account as its owner sees it, with the number to call for help where they live. */
export function presentAccount(person: Person, config: Pick<Config, 'emergencyNumber'>): Account {
  return {
    id: person.id,
    email: person.email,
    name: person.name,
    timeZone: person.timeZone,
    createdAt: person.createdAt,
    role: person.role,
    secondFactor: person.secondFactor,
    emergencyNumber: emergencyNumberOf(person, config),
  };
}

/** The practice's emergency number, or one that fits the person's time zone. */
export function emergencyNumberOf(person: Pick<Person, 'timeZone'>, config: Pick<Config, 'emergencyNumber'>): string {
  return config.emergencyNumber ?? emergencyNumberFor(person.timeZone);
}

/** A check-in as its owner sees it, with the PEG given in it. */
export function presentCheckin(stored: StoredCheckin): Checkin {
  const { clientId: _clientId, changeId: _changeId, peg, ...checkin } = stored;
  return { ...checkin, peg: peg === null ? null : { pain: peg.pain, enjoyment: peg.enjoyment, activity: peg.activity } };
}

/** A session log as its owner sees it. */
export function presentSessionLog(log: SessionLog): SessionLog {
  return {
    id: log.id,
    clientId: log.clientId,
    startedAt: log.startedAt,
    localDate: log.localDate,
    painBefore: log.painBefore,
    painAfter: log.painAfter,
    items: log.items,
    partial: log.partial,
    stopReason: log.stopReason,
    toleranceTest: log.toleranceTest,
    notes: log.notes,
    createdAt: log.createdAt,
  };
}
