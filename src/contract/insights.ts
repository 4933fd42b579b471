/** Insights that tell the truth (CLINICAL.md §5): sizes, 95 % intervals, days behind them. */
import { z } from 'zod';
import { PARTS_OF_DAY, PATTERN_CODES, TREND_SCALES } from '../core/insights/types.js';
import { JOURNAL_REGIONS, PAIN_DESCRIPTORS, RELIEF_KINDS, TRIGGERS } from '../core/journal/detail.js';
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

const Interval = z.tuple([z.number(), z.number()]);
const Count = z.number().int();

/** What the check-ins' detail shows (issue 14): codes and numbers; shares are fractions 0-1. */
export const JournalInsightsSchema = z.object({
  detailDays: Count,
  regions: z.array(
    z.object({
      region: z.enum(JOURNAL_REGIONS),
      days: Count,
      required: Count,
      /** One point per day of the range, only from `required` days with a number. */
      points: z.array(z.object({ day: LocalDate, value: z.number().nullable(), mean7: z.number().nullable() })),
    }),
  ),
  nerve: z
    .object({
      describedDays: Count,
      nerveDays: Count,
      required: Count,
      share: z.number().nullable(),
      ci: Interval.nullable(),
      descriptors: z.array(z.object({ descriptor: z.enum(PAIN_DESCRIPTORS), days: Count })),
    })
    .nullable(),
  triggers: z
    .object({
      status: z.enum(['needs_days', 'described', 'tested']),
      checkinDays: Count,
      rises: Count,
      others: Count,
      required: z.object({ checkinDays: Count, rises: Count, others: Count }),
      triggers: z.array(
        z.object({
          trigger: z.enum(TRIGGERS),
          beforeRises: Count,
          aroundOthers: Count,
          difference: z.number().nullable(),
          ci: Interval.nullable(),
          p: z.number().nullable(),
          claimed: z.boolean(),
        }),
      ),
    })
    .nullable(),
  relief: z.array(
    z.object({
      kind: z.enum(RELIEF_KINDS),
      n: Count,
      required: Count,
      /** The mean rating 0-10 (how much it helped), null below `required` ratings. */
      mean: z.number().nullable(),
      ci: Interval.nullable(),
      /** How many ratings were the later one, and how many the one at the time. */
      later: Count,
      atTheTime: Count,
    }),
  ),
});

const WEEK_CHANGES = ['about_same', 'a_little_lower', 'a_little_higher', 'clearly_lower', 'clearly_higher'] as const;

/** The plain sentences the page leads with, as codes and numbers (core/insights/headline.ts). */
export const HeadlineSchema = z.object({
  pain: z.discriminatedUnion('code', [
    z.object({ code: z.literal('weeks_compared'), thisWeek: z.number(), lastWeek: z.number(), change: z.enum(WEEK_CHANGES), days: Count }),
    z.object({ code: z.literal('this_week_only'), thisWeek: z.number(), days: Count, lastWeekDays: Count }),
    z.object({ code: z.literal('too_few_checkins'), days: Count, more: Count }),
  ]),
  link: z
    .object({
      code: z.enum(PATTERN_CODES),
      pillar: z.enum(PILLARS).optional(),
      parts: z.tuple([z.enum(PARTS_OF_DAY), z.enum(PARTS_OF_DAY)]).optional(),
      direction: z.enum(['lower', 'higher']),
    })
    .nullable(),
});

export const InsightsResponse = z.object({
  status: z.enum(['ok', 'not_enough_data']),
  needs: z.object({ checkinDays: z.number().int(), required: z.number().int(), message: z.string() }).optional(),
  from: LocalDate,
  to: LocalDate,
  checkinDays: z.number().int(),
  /** Optional so answers kept on a device from before issue 15 still parse; the server always sends it. */
  headline: HeadlineSchema.optional(),
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
  /** Optional so older answers still parse; the server always sends it. */
  journal: JournalInsightsSchema.optional(),
  note: z.string(),
});
export type InsightsResponse = z.infer<typeof InsightsResponse>;

/** The person's calendar days, both included; the last 90 days by default. */
export const InsightsQuery = z.strictObject({ from: LocalDate.optional(), to: LocalDate.optional() });
export type InsightsQuery = z.input<typeof InsightsQuery>;
