/**
 * A fake of the server's check-in and session routes for the sync tests, with the same rules:
 * creates idempotent by clientId; an edit whose changeId was the last applied is answered with the
 * row; a version that is not the stored one is a 409; a delete of a row gone is a 404. Between
 * the queue and this server sits a network the test scripts: it may lose the request, lose the
 * answer after the server acted, or deliver the request twice.
 */
import type { Checkin } from '../../contract/checkin.js';
import { resolveId, versionToSend, type KnownRows, type SyncOp } from './ops.js';
import { outcomeOfError } from './send.js';
import { ApiError } from '../api/api-error.js';
import type { Outcome } from './sync-queue.js';

/** What the network does with one request. */
export type Delivery = 'ok' | 'lose-request' | 'lose-answer' | 'twice';

interface Row {
  id: string;
  clientId: string;
  pain: number;
  updatedAt: string;
  changeId: string | null;
}

type Answer = { status: number; row?: Row };

/** The server's state and its routes. */
export class FakeServer {
  readonly rows = new Map<string, Row>();
  readonly sessions = new Set<string>();
  #version = 0;
  #ids = 0;

  /** Answers one request as the real routes would. */
  handle(op: SyncOp, known: KnownRows): Answer {
    switch (op.kind) {
      case 'createCheckin':
        return this.#create(op.body.clientId, op.body.pain);
      case 'updateCheckin':
        return this.#update(resolveId(op.ref, known), versionToSend(op, known), op.changeId, op.changes.pain);
      case 'deleteCheckin':
        return this.#delete(resolveId(op.ref, known), versionToSend(op, known));
      case 'sessionLog':
        this.sessions.add(op.body.clientId);
        return { status: 201 };
      default:
        return { status: 200 };
    }
  }

  #nextVersion(): string {
    this.#version += 1;
    return `2026-11-24T10:00:00.${String(this.#version).padStart(3, '0')}Z`;
  }

  #create(clientId: string, pain: number): Answer {
    const existing = [...this.rows.values()].find((r) => r.clientId === clientId);
    if (existing) return { status: 201, row: existing };
    this.#ids += 1;
    const row = { id: `row-${this.#ids}`, clientId, pain, updatedAt: this.#nextVersion(), changeId: null };
    this.rows.set(row.id, row);
    return { status: 201, row };
  }

  #update(id: string | null, version: string | undefined, changeId: string, pain: number | undefined): Answer {
    const row = id === null ? undefined : this.rows.get(id);
    if (!row) return { status: 404 };
    if (row.changeId === changeId) return { status: 200, row };
    if (version !== undefined && version !== row.updatedAt) return { status: 409, row };
    const next = { ...row, pain: pain ?? row.pain, updatedAt: this.#nextVersion(), changeId };
    this.rows.set(row.id, next);
    return { status: 200, row: next };
  }

  #delete(id: string | null, version: string | undefined): Answer {
    const row = id === null ? undefined : this.rows.get(id);
    if (!row) return { status: 404 };
    if (version !== undefined && version !== row.updatedAt) return { status: 409, row };
    this.rows.delete(row.id);
    return { status: 204 };
  }
}

/** A row in the answer's shape. */
export function checkinOf(row: Row): Checkin {
  return {
    id: row.id, at: '2026-11-24T09:00:00.000Z', localDate: '2026-11-24', pain: row.pain, flare: false, areas: [],
    stiffness: null, sleep: null, mood: null, energy: null, stress: null, notes: null, peg: null, somethingNew: false,
    detail: null, createdAt: '2026-11-24T09:00:00.000Z', updatedAt: row.updatedAt,
  };
}

/** A sender through a scripted network to `server`: each request takes the next delivery (then 'ok'). */
export function networkTo(server: FakeServer, script: Delivery[]) {
  return async (op: SyncOp, known: KnownRows): Promise<Outcome> => {
    const delivery = script.shift() ?? 'ok';
    if (delivery === 'lose-request') return outcomeOfError(new ApiError(0, 'network_error', 'lost'), op);
    if (delivery === 'twice') server.handle(op, known);
    const answer = server.handle(op, known);
    if (delivery === 'lose-answer') return outcomeOfError(new ApiError(0, 'network_error', 'lost'), op);
    return outcomeOf(answer, op);
  };
}

async function outcomeOf(answer: Answer, op: SyncOp): Promise<Outcome> {
  if (answer.status < 300) return { kind: 'saved', ...(answer.row ? { row: checkinOf(answer.row), result: checkinOf(answer.row) } : {}) };
  const current = answer.row ? checkinOf(answer.row) : undefined;
  const code = answer.status === 409 ? 'changed_since' : 'not_found';
  return outcomeOfError(new ApiError(answer.status, code, 'refused', undefined, current), op);
}
