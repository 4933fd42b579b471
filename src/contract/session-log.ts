/** Logs of exercise sessions (guided or done outside, such as a walk or a swim). */
import { z } from 'zod';
import { Id, Instant, LocalDate, Scale0to10 } from './common.js';

export const ITEM_STATUSES = ['done', 'skipped', 'easier'] as const;
export const ITEM_FEEDBACK = ['too_easy', 'right', 'too_hard'] as const;

export const SessionItemSchema = z.strictObject({
  exerciseId: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Use an exercise id from the library.'),
  minutes: z.number().min(0).max(600).optional(),
  sets: z.number().int().min(0).max(20).optional(),
  reps: z.number().int().min(0).max(200).optional(),
  holdSeconds: z.number().int().min(0).max(600).optional(),
  status: z.enum(ITEM_STATUSES),
  feedback: z.enum(ITEM_FEEDBACK).optional(),
  painDuring: Scale0to10.optional(),
});

export const CreateSessionLogRequest = z.strictObject({
  clientId: Id,
  startedAt: Instant,
  painBefore: Scale0to10,
  painAfter: Scale0to10,
  items: z.array(SessionItemSchema).min(1).max(50),
  /** True when the person left before the end: saved honestly as a partial session. */
  partial: z.boolean().optional(),
  notes: z.string().max(2000).nullable().optional(),
});
export type CreateSessionLogRequest = z.input<typeof CreateSessionLogRequest>;

export const SessionLogSchema = z.object({
  id: Id,
  clientId: Id,
  startedAt: Instant,
  localDate: LocalDate,
  painBefore: Scale0to10,
  painAfter: Scale0to10,
  items: z.array(SessionItemSchema),
  partial: z.boolean(),
  notes: z.string().nullable(),
  createdAt: Instant,
});
export type SessionLog = z.infer<typeof SessionLogSchema>;

/** Calendar days of the person, both included; the last 30 days by default. */
export const SessionLogQuery = z.strictObject({ from: LocalDate.optional(), to: LocalDate.optional() });
export type SessionLogQuery = z.input<typeof SessionLogQuery>;

export const SessionLogList = z.object({ items: z.array(SessionLogSchema) });
export type SessionLogList = z.infer<typeof SessionLogList>;
