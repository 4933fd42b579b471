/**
 * The whole journal over a span of the person's days, for History's one timeline (issue 15):
 * check-ins, sessions, bad days and questionnaires answered on their own. The page merges them
 * with core's `buildTimeline`, together with check-ins still waiting on the device.
 */
import { z } from 'zod';
import { CheckinSchema } from './checkin.js';
import { Id, Instant, LocalDate } from './common.js';
import { InstrumentKeySchema } from './questionnaire.js';
import { SessionLogSchema } from './session-log.js';

/** Both days included, at most 92 days; the last 30 days by default. */
export const TimelineQuery = z.strictObject({ from: LocalDate.optional(), to: LocalDate.optional() });
export type TimelineQuery = z.input<typeof TimelineQuery>;

/** A questionnaire answered on its own: which one, and when (its scores stay on the outcomes page). */
export const TimelineAnswerSchema = z.object({ id: Id, instrument: InstrumentKeySchema, localDate: LocalDate, at: Instant });
export type TimelineAnswerDto = z.infer<typeof TimelineAnswerSchema>;

export const TimelineResponse = z.object({
  from: LocalDate,
  to: LocalDate,
  checkins: z.array(CheckinSchema),
  sessions: z.array(SessionLogSchema),
  badDays: z.array(z.object({ localDate: LocalDate, markedAt: Instant })),
  answers: z.array(TimelineAnswerSchema),
});
export type TimelineResponse = z.infer<typeof TimelineResponse>;
