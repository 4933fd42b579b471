/** The weekly Plan of PRODUCT.md, pacing as the person sees it, and plan changes. */
import { z } from 'zod';
import { PILLARS } from '../core/library/exercise.js';
import { REASON_CODES as PACING_REASON_CODES } from '../core/pacing/types.js';
import { REASON_CODES as PLAN_REASON_CODES } from '../core/planner/plan.js';
import { PLAN_CHANGE_CODES } from '../core/planner/plan-basis.js';
import { TIMES_OF_DAY } from '../core/profile.js';
import { LocalDate, Scale0to10 } from './common.js';
import { PrescribedChangeSchema } from './prescription.js';
import { ProfileSchema } from './profile.js';
import { WeekChangeSchema } from './week-changes.js';

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
  /** The id of the clinician's adjustment that put it here or set its dose. */
  prescribed: z.string().optional(),
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
  z.object({ status: z.literal('refer'), reasons: z.array(PlanReasonSchema), prescription: z.array(PrescribedChangeSchema).optional() }),
  z.object({
    status: z.literal('ok'),
    weekStart: LocalDate,
    days: z.array(PlanDaySchema),
    weeklyMinutes: z.object(pillarMinutes),
    reasons: z.array(PlanReasonSchema),
    /** The clinician's adjustments and what became of each this week. */
    prescription: z.array(PrescribedChangeSchema).optional(),
  }),
]);
export type PlanResponse = z.infer<typeof PlanSchema>;

/** The person's week: the plan, today, and whether today was marked a bad day. */
/** The day a bad-day mark is for: the person's day when they tapped it (today or yesterday); today when absent. */
export const BadDayQuery = z.strictObject({ date: LocalDate.optional() });
export type BadDayQuery = z.input<typeof BadDayQuery>;

export const MyPlanResponse = z.object({
  today: LocalDate,
  badDay: z.boolean(),
  plan: PlanSchema,
  /** The person's own swaps and moves this week and what became of each (issue 15). */
  changes: z.array(WeekChangeSchema).optional(),
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

/** The most weeks a simulation runs, and the days it can name (day 1 is its first Monday). */
const SIMULATED_WEEKS = { min: 1, max: 26 } as const;
const SimulatedDayNumber = z.number().int().min(1).max(SIMULATED_WEEKS.max * 7);

/** How the simulated person behaves (POST /api/plans/simulate). */
export const SimulationBehaviourSchema = z.strictObject({
  /** The share of planned sessions done, 0 to 1. */
  adherence: z.number().min(0).max(1),
  /** Usual pain: each morning and before each session. */
  painBefore: Scale0to10,
  /** Pain after a session minus pain before it. */
  painAfterChange: z.number().int().min(-10).max(10),
  flareOnDays: z.array(SimulatedDayNumber).max(SIMULATED_WEEKS.max * 7).optional(),
  overdoOnDays: z.array(SimulatedDayNumber).max(SIMULATED_WEEKS.max * 7).optional(),
  /** From and to, both included: no sessions on these days. */
  breakDays: z
    .tuple([SimulatedDayNumber, SimulatedDayNumber])
    .refine(([from, to]) => from <= to, 'The break must end on or after the day it starts.')
    .optional(),
});

/** A profile, how many weeks, and a behaviour: how the plan would grow. */
export const SimulationRequest = z.strictObject({
  profile: ProfileSchema,
  weeks: z.number().int().min(SIMULATED_WEEKS.min).max(SIMULATED_WEEKS.max),
  behaviour: SimulationBehaviourSchema,
  /** Variety of the plans and of which sessions are missed; the same seed gives the same answer. */
  seed: z.number().int().min(0).max(4_294_967_295).optional(),
});
export type SimulationRequest = z.input<typeof SimulationRequest>;

const Unit = z.enum(['minutes', 'reps', 'sets']);

export const SimulationResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('refer'), reasons: z.array(PlanReasonSchema) }),
  z.object({
    status: z.literal('ok'),
    weeks: z.array(
      z.object({
        week: z.number().int(),
        weekStart: LocalDate,
        days: z.array(
          z.object({
            day: z.number().int().min(1).max(7),
            date: LocalDate,
            plannedMinutes: z.number(),
            realMinutes: z.number(),
            mode: z.enum(['normal', 'flare', 'rebuild']),
          }),
        ),
        quotas: z.array(
          z.object({ activity: z.string(), label: z.string(), unit: Unit, value: z.number(), sets: z.number().optional() }),
        ),
        changes: z.array(
          z.object({
            at: LocalDate,
            activity: z.string(),
            label: z.string(),
            unit: Unit,
            from: z.number().nullable(),
            to: z.number(),
            code: z.enum(PACING_REASON_CODES),
            message: z.string(),
          }),
        ),
      }),
    ),
  }),
]);
export type SimulationResponse = z.infer<typeof SimulationResponse>;
