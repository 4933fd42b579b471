/**
 * A check-in as the person sees it before the server has it: made from the create request, with
 * the time it was saved (so a check-in sent later still means the moment it was made).
 */
import { toLocalDate } from '../../core/calendar.js';
import type { Checkin, CreateCheckinRequest } from '../../contract/checkin.js';
import { CheckinDetailSchema } from '../../contract/journal-detail.js';

/** The create request with its time fixed at `nowIso` when the person left it as "now". */
export function withSavedAt<T extends CreateCheckinRequest>(body: T, nowIso: string): T {
  return body.at === undefined ? { ...body, at: nowIso } : body;
}

/** The row shown for a check-in waiting to be sent; its id is its clientId until the server gives one. */
export function previewCheckin(body: CreateCheckinRequest & { clientId: string; at: string }, timeZone: string, nowIso: string): Checkin {
  const detail = body.detail ? CheckinDetailSchema.safeParse(body.detail) : null;
  return {
    id: body.clientId,
    at: body.at,
    localDate: toLocalDate(body.at, timeZone),
    pain: body.pain,
    flare: body.flare ?? false,
    areas: body.areas ?? [],
    stiffness: body.stiffness ?? null,
    sleep: body.sleep ?? null,
    mood: body.mood ?? null,
    energy: body.energy ?? null,
    stress: body.stress ?? null,
    notes: body.notes ?? null,
    peg: body.peg ?? null,
    somethingNew: body.somethingNew ?? false,
    detail: detail?.success ? detail.data : null,
    createdAt: nowIso,
    updatedAt: nowIso,
  };
}
