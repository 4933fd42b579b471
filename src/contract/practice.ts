/** The clinician's caseload and reviews (issue 10): what leaves the server, field by field. */
import { z } from 'zod';
import { Id, Instant, LocalDate } from './common.js';
import { ChangeMarkSchema, InstrumentKeySchema, ItemTextSchema } from './questionnaire.js';

const Adherence = z.object({
  done: z.number().int(),
  /** Sessions planned up to today in the stored weeks; null when no stored week speaks to it. */
  planned: z.number().int().nullable(),
});

/** Why a row needs attention; the page says it in words. */
export const AttentionReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('stop_sign'), count: z.number().int(), lastOn: LocalDate }),
  z.object({ code: z.literal('pain_worse'), change: z.number() }),
  z.object({ code: z.literal('flares'), days: z.number().int() }),
  z.object({ code: z.literal('no_checkin'), since: LocalDate.nullable() }),
  z.object({ code: z.literal('low_adherence'), done: z.number().int(), planned: z.number().int() }),
]);
export type AttentionReasonView = z.infer<typeof AttentionReasonSchema>;

const PegScore = z.object({ localDate: LocalDate, score: z.number() }).nullable();

/** One actively linked patient on the caseload; every day is the patient's own. */
export const CaseloadRowSchema = z.object({
  patientId: Id,
  name: z.string().nullable(),
  email: z.string(),
  linkedSince: Instant,
  /** The patient's "today", in their own time zone. */
  today: LocalDate,
  lastCheckinOn: LocalDate.nullable(),
  daysWithData: z.number().int(),
  /** Data on 16 or more of the last 30 days, as remote-monitoring programs count them. */
  isMonitored: z.boolean(),
  thisWeek: Adherence.extend({ plannedWeek: z.number().int().nullable() }),
  fourWeeks: Adherence,
  pain: z.object({
    recentMean: z.number().nullable(),
    baselineMean: z.number().nullable(),
    recentDays: z.number().int(),
    baselineDays: z.number().int(),
    change: z.number().nullable(),
    mark: z.enum(['better', 'worse', 'none']).nullable(),
  }),
  flareDays: z.number().int(),
  stopSigns: z.array(z.object({ reason: z.string(), localDate: LocalDate, reviewed: z.boolean() })),
  peg: z.object({ first: PegScore, latest: PegScore, change: z.number().nullable() }),
  /**
   * Each questionnaire the patient answered (issue 12) other than the weekly PEG: first and latest
   * score, the change with its meaningful-change mark, and which way it went.
   */
  outcomes: z.array(z.object({
    instrument: InstrumentKeySchema,
    title: ItemTextSchema,
    first: z.object({ localDate: LocalDate, score: z.number() }),
    latest: z.object({ localDate: LocalDate, score: z.number() }),
    change: z.number().nullable(),
    mark: ChangeMarkSchema.nullable(),
    direction: z.enum(['better', 'worse', 'same']).nullable(),
  })),
  lastReview: z.object({ reviewedAt: Instant, minutes: z.number().int() }).nullable(),
  attention: z.array(AttentionReasonSchema),
  /** 0 (a stop sign) … 4 (nothing needs attention): the order's tier. */
  tier: z.number().int(),
});
export type CaseloadRow = z.infer<typeof CaseloadRowSchema>;

export const CaseloadResponse = z.object({ items: z.array(CaseloadRowSchema) });
export type CaseloadResponse = z.infer<typeof CaseloadResponse>;

/** A review: the clinician looked at the record, for this many minutes. */
export const CreateReviewRequest = z.strictObject({
  minutes: z.number().int('Use whole minutes.').min(1, 'At least 1 minute.').max(240, 'At most 240 minutes (4 hours).'),
});

export const ReviewSchema = z.object({
  id: Id,
  patientId: Id,
  reviewedAt: Instant,
  minutes: z.number().int(),
});
export type Review = z.infer<typeof ReviewSchema>;

export const ReviewList = z.object({ items: z.array(ReviewSchema) });
export type ReviewList = z.infer<typeof ReviewList>;
