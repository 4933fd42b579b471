/** Everything Pacewise holds about a person, as one JSON document they can keep. */
import { z } from 'zod';
import { Account } from './account.js';
import { CheckinSchema } from './checkin.js';
import { LESSON_EVENT_KINDS } from '../core/lessons/catalog.js';
import { Id, Instant, LocalDate } from './common.js';
import { FlarePlanSchema } from './flare-plan.js';
import { ReminderSettingsSchema } from './reminder.js';
import { LessonIdSchema } from './lesson.js';
import { PlanSchema } from './plan.js';
import { AdjustmentSchema } from './prescription.js';
import { IntakeDraftSchema, ProfileSchema } from './profile.js';
import { SessionLogSchema } from './session-log.js';
import { InstrumentKeySchema, QuestionnaireResponseSchema } from './questionnaire.js';
import { StoredWeekChanges } from './week-changes.js';

const ExportCheckin = CheckinSchema.extend({
  /** The id the device that made the entry gave it (for idempotent retries), if any. */
  clientId: z.string().nullable(),
});

/** Everything about the person's care: links, notes both ways, reviews, every look, and the prescription. */
const ExportCare = z.object({
  links: z.array(z.object({
    id: Id,
    clinician: z.object({ id: Id, name: z.string().nullable(), email: z.string().nullable() }),
    sharesNotes: z.boolean(),
    startedAt: Instant,
    endedAt: Instant.nullable(),
  })),
  notes: z.array(z.object({ id: Id, clinicianId: Id, fromMe: z.boolean(), body: z.string(), createdAt: Instant, readAt: Instant.nullable() })),
  reviews: z.array(z.object({ clinicianId: Id, reviewedAt: Instant, minutes: z.number().int() })),
  looks: z.array(z.object({ at: Instant, actorId: Id, actorName: z.string().nullable(), actorRole: z.string(), action: z.string() })),
  /** Every change a clinician set in the plan (issue 11), ended ones with when. */
  prescription: z.array(z.object({ adjustment: AdjustmentSchema, endedAt: Instant.nullable() })),
});

export const ExportDocument = z.object({
  format: z.literal('pacewise-export'),
  /** 2 since issue 12 (questionnaires); an import takes 1 and 2. */
  version: z.literal(2),
  exportedAt: Instant,
  account: Account,
  profile: z.object({ profile: ProfileSchema, updatedAt: Instant }).nullable(),
  intakeDraft: IntakeDraftSchema.nullable(),
  checkins: z.array(ExportCheckin),
  sessions: z.array(SessionLogSchema),
  /** Every week as it was shown, and the days marked as bad days. */
  weeks: z.array(z.object({ weekStart: LocalDate, plan: PlanSchema, createdAt: Instant })),
  badDays: z.array(z.object({ localDate: LocalDate, markedAt: Instant })),
  /** The person's own swaps and moves, per week (issue 15; absent from older version 2 files). */
  weekChanges: z.array(z.object({ weekStart: LocalDate, changes: StoredWeekChanges, updatedAt: Instant })).default([]),
  care: ExportCare,
  /**
   * Every questionnaire answer set (version 2, issue 12), the weekly PEG included (with the
   * check-in it was given in), and the schedules a clinician set.
   */
  questionnaireResponses: z.array(QuestionnaireResponseSchema.omit({ score: true }).extend({ createdAt: Instant })),
  questionnaireSchedules: z.array(z.object({
    instrument: InstrumentKeySchema,
    everyDays: z.number().int().nullable(),
    setBy: z.object({ clinicianId: Id, name: z.string().nullable(), at: Instant }),
  })),
  /**
   * The lessons read or put off, oldest first (issue 14; absent from older version 2 files). The
   * person's own: a clinician's copy holds none.
   */
  lessonEvents: z.array(z.object({ lessonId: LessonIdSchema, kind: z.enum(LESSON_EVENT_KINDS), at: Instant })).default([]),
  /** The person's own flare plan, or null (issue 14; absent from older version 2 files; never in a clinician's copy). */
  flarePlan: FlarePlanSchema.extend({ createdAt: Instant }).nullable().default(null),
  /** The person's reminder choices, or null (issue 13; absent from older files; never in a clinician's copy; no feed secret or push subscription). */
  reminderSettings: ReminderSettingsSchema.nullable().default(null),
});
export type ExportDocument = z.infer<typeof ExportDocument>;
