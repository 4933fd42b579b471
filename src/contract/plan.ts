/** The weekly Plan of PRODUCT.md, pacing as the person sees it, and plan changes. */
import { z } from 'zod';
import { PILLARS } from '../core/library/exercise.js';
import { REASON_CODES as PACING_REASON_CODES } from '../core/pacing/types.js';
import { REASON_CODES as PLAN_REASON_CODES } from '../core/planner/plan.js';
import { PLAN_CHANGE_CODES } from '../core/planner/plan-basis.js';
import { TIMES_OF_DAY } from '../core/profile.js';
import { LocalDate } from './common.js';

export const PlanReasonSchema = z.object({
  code: z.enum([...PLAN_REASON_CODES, ...PLAN_CHANGE_CODES]),
  message: z.string(),
});

export const PlanItemSchema = z.object({
  exerciseId: z.string(),
  pillar: z.enum(PILLARS),
  sets: z.number().int().optional(),
  reps: z.number().int().optional(),
  holdSeconds: z.number().int().optional(),
  minutes: z.number().optional(),
  /** Done on each side in turn; the estimate counts both sides. */
  perSide: z.boolean().optional(),
  estimatedMinutes: z.number(),
});

export const PlanSessionSchema = z.object({
  slot: z.enum(TIMES_OF_DAY),
  minutes: z.number(),
  items: z.array(PlanItemSchema),
});

export const PlanDaySchema = z.object({
  day: z.number().int().min(1).max(7),
  date: LocalDate,
  kind: z.enum(['active', 'rest', 'flare']),
  sessions: z.array(PlanSessionSchema),
});

const pillarMinutes = Object.fromEntries(PILLARS.map((p) => [p, z.number()])) as Record<(typeof PILLARS)[number], z.ZodNumber>;

export const PlanSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('refer'), reasons: z.array(PlanReasonSchema) }),
  z.object({
    status: z.literal('ok'),
    weekStart: LocalDate,
    days: z.array(PlanDaySchema),
    weeklyMinutes: z.object(pillarMinutes),
    reasons: z.array(PlanReasonSchema),
  }),
]);
export type PlanResponse = z.infer<typeof PlanSchema>;

/** The person's week: the plan, today, and whether today was marked a bad day. */
export const MyPlanResponse = z.object({
  today: LocalDate,
  badDay: z.boolean(),
  plan: PlanSchema,
});
export type MyPlanResponse = z.infer<typeof MyPlanResponse>;

export const PacingResponse = z.object({
  mode: z.enum(['normal', 'flare', 'rebuild']),
  quotas: z.array(
    z.object({
      activity: z.string(),
      unit: z.enum(['minutes', 'reps', 'sets']),
      value: z.number(),
      baseline: z.number().optional(),
      exerciseId: z.string().optional(),
      sets: z.number().optional(),
      /** A name a person understands: "Walking", "Sit-to-stand". */
      label: z.string(),
    }),
  ),
  changes: z.array(
    z.object({
      at: LocalDate,
      activity: z.string(),
      label: z.string(),
      unit: z.enum(['minutes', 'reps', 'sets']),
      from: z.number().nullable(),
      to: z.number(),
      code: z.enum(PACING_REASON_CODES),
      message: z.string(),
    }),
  ),
});
export type PacingResponse = z.infer<typeof PacingResponse>;
