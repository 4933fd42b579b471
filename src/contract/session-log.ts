/** Logs of exercise sessions (guided or done outside, such as a walk or a swim). */
import { z } from 'zod';
import { STOP_REASONS } from '../core/session-player/types.js';
import { Id, Instant, LocalDate, plainText, Scale0to10 } from './common.js';

export const ITEM_STATUSES = ['done', 'skipped', 'easier'] as const;
export const ITEM_FEEDBACK = ['too_easy', 'right', 'too_hard'] as const;

/** What the plan asked of an item, so pacing can tell a dose the plan capped from a person's own limit. */
export const PlannedDoseSchema = z.strictObject({
  minutes: z.number().min(0).max(600).optional(),
  sets: z.number().int().min(0).max(20).optional(),
  reps: z.number().int().min(0).max(200).optional(),
  holdSeconds: z.number().int().min(0).max(600).optional(),
});

/** What a person chose with "make it easier": the dose it became (and the planned exercise when they switched), or a rest. */
export const EasedSchema = z.strictObject({
  /** The exercise the plan gave, when the person switched to an easier or seated version. */
  from: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Use an exercise id from the library.').optional(),
  minutes: z.number().min(0).max(600).optional(),
  sets: z.number().int().min(0).max(20).optional(),
  reps: z.number().int().min(0).max(200).optional(),
  holdSeconds: z.number().int().min(0).max(600).optional(),
  rest: z.boolean().optional(),
});

export const SessionItemSchema = z.strictObject({
  exerciseId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Use an exercise id from the library.'),
  minutes: z.number().min(0).max(600).optional(),
  sets: z.number().int().min(0).max(20).optional(),
  reps: z.number().int().min(0).max(200).optional(),
  holdSeconds: z.number().int().min(0).max(600).optional(),
  status: z.enum(ITEM_STATUSES),
  feedback: z.enum(ITEM_FEEDBACK).optional(),
  painDuring: Scale0to10.optional(),
  planned: PlannedDoseSchema.optional(),
  /** Present when the person made it easier; pacing and the next week respect it. */
  eased: EasedSchema.optional(),
});

/** Why a session was stopped in the stop flow (CLINICAL.md §1 stop signs, and two others). */
export const StopReasonSchema = z.enum(STOP_REASONS);

export const CreateSessionLogRequest = z
  .strictObject({
    clientId: Id,
    startedAt: Instant,
    painBefore: Scale0to10,
    /** Null only for a session left partway, when the person did not say. */
    painAfter: Scale0to10.nullable(),
    items: z.array(SessionItemSchema).min(1).max(50),
    /** True when the person left before the end: saved honestly as a partial session. */
    partial: z.boolean().optional(),
    stopReason: StopReasonSchema.optional(),
    /** A tolerance test ("at an easy pace until you would like to stop"): one timed activity, its amount a baseline on its own. */
    toleranceTest: z.boolean().optional(),
    notes: plainText(2000).nullable().optional(),
  })
  .refine((log) => Date.parse(log.startedAt) >= Date.UTC(1900, 0, 1), {
    message: 'A session cannot start before 1900. Check the date and time.',
    path: ['startedAt'],
  })
  .refine((log) => log.painAfter !== null || log.partial === true, {
    message: 'Say how much pain there is after a finished session (0-10).',
    path: ['painAfter'],
  })
  .refine((log) => log.toleranceTest !== true || (log.items.length === 1 && log.items[0]?.minutes !== undefined), {
    message: 'A tolerance test is one timed activity with its minutes.',
    path: ['items'],
  })
  .refine((log) => log.stopReason === undefined || log.partial === true, {
    message: 'A session with a stop reason was stopped partway: set partial to true.',
    path: ['stopReason'],
  });
export type CreateSessionLogRequest = z.input<typeof CreateSessionLogRequest>;

export const SessionLogSchema = z.object({
  id: Id,
  clientId: Id,
  startedAt: Instant,
  localDate: LocalDate,
  painBefore: Scale0to10,
  painAfter: Scale0to10.nullable(),
  items: z.array(SessionItemSchema),
  partial: z.boolean(),
  stopReason: StopReasonSchema.nullable(),
  toleranceTest: z.boolean(),
  notes: z.string().nullable(),
  createdAt: Instant,
});
export type SessionLog = z.infer<typeof SessionLogSchema>;

/** Calendar days of the person, both included; the last 30 days by default. */
export const SessionLogQuery = z.strictObject({ from: LocalDate.optional(), to: LocalDate.optional() });
export type SessionLogQuery = z.input<typeof SessionLogQuery>;

export const SessionLogList = z.object({ items: z.array(SessionLogSchema) });
export type SessionLogList = z.infer<typeof SessionLogList>;
