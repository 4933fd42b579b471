/** Insights that tell the truth (CLINICAL.md §5): sizes, 95 % intervals, days behind them. */
import { z } from 'zod';
import { PARTS_OF_DAY, PATTERN_CODES, TREND_SCALES } from '../core/insights/types.js';
import { PILLARS } from '../core/library/exercise.js';
import { LocalDate } from './common.js';

const PegChange = z.enum(['better', 'worse']).nullable();

export const PatternSchema = z.object({
  code: z.enum(PATTERN_CODES),
  pillar: z.enum(PILLARS).optional(),
  parts: z.tuple([z.enum(PARTS_OF_DAY), z.enum(PARTS_OF_DAY)]).optional(),
  /** In pain points on the 0-10 scale; null when there is too little data to estimate it. */
  effect: z.number().nullable(),
  ci: z.tuple([z.number(), z.number()]).nullable(),
  n: z.number().int(),
  groups: z.object({ a: z.number().int(), b: z.number().int() }).optional(),
  p: z.number().nullable(),
  /** True only when the pattern passes every honesty rule. */
  claimed: z.boolean(),
  meaningful: z.boolean(),
  message: z.string(),
});

const TrendPoint = z.object({ day: LocalDate, value: z.number().nullable(), mean7: z.number().nullable(), mean28: z.number().nullable() });
const trendSeries = Object.fromEntries(TREND_SCALES.map((s) => [s, z.array(TrendPoint)])) as Record<
  (typeof TREND_SCALES)[number],
  z.ZodArray<typeof TrendPoint>
>;

export const InsightsResponse = z.object({
  status: z.enum(['ok', 'not_enough_data']),
  needs: z.object({ checkinDays: z.number().int(), required: z.number().int(), message: z.string() }).optional(),
  from: LocalDate,
  to: LocalDate,
  checkinDays: z.number().int(),
  patterns: z.array(PatternSchema),
  trends: z.object({ series: z.object(trendSeries), flareDays: z.array(LocalDate) }),
  timeOfDay: z.object({
    parts: z.array(z.object({ part: z.enum(PARTS_OF_DAY), meanPain: z.number().nullable(), n: z.number().int() })),
    lowest: z.enum(PARTS_OF_DAY).nullable(),
  }),
  consistency: z.array(z.object({ weekStart: LocalDate, done: z.number().int(), planned: z.number().int().nullable(), message: z.string() })),
  peg: z.object({
    weeks: z.array(
      z.object({
        weekStart: LocalDate,
        score: z.number(),
        changeFromPrevious: z.number().nullable(),
        meaningfulFromPrevious: PegChange,
        changeFromFirst: z.number().nullable(),
        meaningfulFromFirst: PegChange,
      }),
    ),
    message: z.string(),
  }),
  note: z.string(),
});
export type InsightsResponse = z.infer<typeof InsightsResponse>;

/** The person's calendar days, both included; the last 90 days by default. */
export const InsightsQuery = z.strictObject({ from: LocalDate.optional(), to: LocalDate.optional() });
export type InsightsQuery = z.input<typeof InsightsQuery>;
