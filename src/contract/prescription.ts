/**
 * A clinician's prescription (issue 11) and programmes: the schemas the routes, the stored JSON
 * and the web app share. The core types are in core/prescription/types.ts; these mirror them.
 */
import { z } from 'zod';
import {
  ADJUSTMENT_OUTCOMES,
  GO_AHEAD_COVERS,
  PRESCRIBED_WEEK,
  SUITABILITY_RULES,
  WEEKLY_RISE,
  type Adjustment,
  type PrescribedChange,
} from '../core/prescription/types.js';
import { Id, Instant, LocalDate, distinctList, plainText } from './common.js';

const DayNumber = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)]);
const Days = z
  .array(DayNumber)
  .min(1, 'Choose at least one day.')
  .max(7)
  .refine((days) => new Set(days).size === days.length, 'Each day may appear only once.');
export const ExerciseId = z.string().regex(/^[a-z0-9-]{1,80}$/, 'Use an exercise id such as wall-push-up.');
export const ActivityKeySchema = z
  .string()
  .regex(/^(session|aerobic:[a-z0-9_-]{1,80}|strength:[a-z0-9-]{1,80})$/, 'Use session, aerobic:<exercise> or strength:<exercise>.')
  .transform((key) => key as 'session' | `aerobic:${string}` | `strength:${string}`);

export const PrescribedDoseSchema = z
  .strictObject({
    sets: z.number().int().min(1).max(5).optional(),
    reps: z.number().int().min(1).max(30).optional(),
    holdSeconds: z.number().int().min(1).max(300).optional(),
    minutes: z.number().int().min(1).max(90).optional(),
  })
  .refine((dose) => Object.keys(dose).length > 0, 'Give at least one of sets, reps, hold or minutes.');

/** The clinician's words to the person: kept and shown with the change. */
const Reason = z.string().trim().max(500).pipe(plainText(500));
const OptionalReason = Reason.nullable().optional().transform((r) => (r === undefined || r === '' ? null : r));

/** What a clinician sends to add one adjustment; who and when are set by the server. */
export const NewAdjustment = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('include'), exerciseId: ExerciseId, days: Days, dose: PrescribedDoseSchema.optional(), confirmedRules: distinctList(SUITABILITY_RULES).default([]), reason: OptionalReason }),
  z.strictObject({ kind: z.literal('exclude'), exerciseId: ExerciseId, reason: OptionalReason }),
  z.strictObject({ kind: z.literal('dose'), exerciseId: ExerciseId, mode: z.enum(['set', 'cap']), dose: PrescribedDoseSchema, reason: OptionalReason }),
  z.strictObject({ kind: z.literal('quota'), activity: ActivityKeySchema, value: z.number().int().min(1).max(90), sets: z.number().int().min(1).max(5).optional(), reason: OptionalReason }),
  z.strictObject({ kind: z.literal('rise'), activity: ActivityKeySchema.optional(), weeklyRise: z.number().min(WEEKLY_RISE.min).max(WEEKLY_RISE.max), reason: OptionalReason }),
  z
    .strictObject({
      kind: z.literal('week'),
      minutesPerDay: z.number().int().min(PRESCRIBED_WEEK.minutesPerDay.min).max(PRESCRIBED_WEEK.minutesPerDay.max).optional(),
      daysPerWeek: z.number().int().min(PRESCRIBED_WEEK.daysPerWeek.min).max(PRESCRIBED_WEEK.daysPerWeek.max).optional(),
      reason: OptionalReason,
    })
    .refine((w) => w.minutesPerDay !== undefined || w.daysPerWeek !== undefined, 'Give minutes a day, days a week, or both.'),
  z.strictObject({ kind: z.literal('go_ahead'), covers: distinctList(GO_AHEAD_COVERS).min(1, 'Say what the go-ahead covers.'), reason: OptionalReason }),
]);
export type NewAdjustment = z.infer<typeof NewAdjustment>;

const SetBySchema = z.object({ clinicianId: z.string(), name: z.string(), on: LocalDate, at: Instant });
const FromProgrammeSchema = z.object({ id: z.string(), name: z.string() });
const Base = { id: z.string(), setBy: SetBySchema, reason: z.string().nullable(), programme: FromProgrammeSchema.optional() };
const StoredDose = z.object({ sets: z.number().optional(), reps: z.number().optional(), holdSeconds: z.number().optional(), minutes: z.number().optional() });

/** An adjustment in force, as stored and as the API shows it. */
export const AdjustmentSchema: z.ZodType<Adjustment> = z.discriminatedUnion('kind', [
  z.object({ ...Base, kind: z.literal('include'), exerciseId: z.string(), days: z.array(DayNumber), dose: StoredDose.optional(), confirmedRules: z.array(z.enum(SUITABILITY_RULES)) }),
  z.object({ ...Base, kind: z.literal('exclude'), exerciseId: z.string() }),
  z.object({ ...Base, kind: z.literal('dose'), exerciseId: z.string(), mode: z.enum(['set', 'cap']), dose: StoredDose }),
  z.object({ ...Base, kind: z.literal('quota'), activity: ActivityKeySchema, value: z.number(), sets: z.number().optional() }),
  z.object({ ...Base, kind: z.literal('rise'), activity: ActivityKeySchema.optional(), weeklyRise: z.number() }),
  z.object({ ...Base, kind: z.literal('week'), minutesPerDay: z.number().optional(), daysPerWeek: z.number().optional() }),
  z.object({ ...Base, kind: z.literal('go_ahead'), covers: z.array(z.enum(GO_AHEAD_COVERS)) }),
]) as z.ZodType<Adjustment>;

export const PrescribedChangeSchema: z.ZodType<PrescribedChange> = z.object({
  adjustment: AdjustmentSchema,
  outcome: z.enum(ADJUSTMENT_OUTCOMES),
  days: z.array(z.object({ day: DayNumber, outcome: z.enum(ADJUSTMENT_OUTCOMES) })).optional(),
  failedRules: z.array(z.enum(SUITABILITY_RULES)).optional(),
}) as z.ZodType<PrescribedChange>;

/** A patient's prescription, for their clinician: every adjustment in force, oldest first. */
export const PrescriptionResponse = z.object({ adjustments: z.array(AdjustmentSchema) });
export type PrescriptionResponse = z.infer<typeof PrescriptionResponse>;

export const AdjustmentParams = z.strictObject({ patientId: Id, adjustmentId: Id });

/** Which of the planner's suitability rules an exercise fails for this patient (empty: none). */
export const SuitabilityQuery = z.strictObject({ exerciseId: ExerciseId });
export const SuitabilityResponse = z.object({ exerciseId: z.string(), failedRules: z.array(z.enum(SUITABILITY_RULES)) });

/** One exercise of a programme, with its days and dose. */
export const ProgrammeItemSchema = z.strictObject({ exerciseId: ExerciseId, days: Days, dose: PrescribedDoseSchema.optional() });
const ProgrammeName = z.string().trim().min(1, 'Give the programme a name.').max(120).pipe(plainText(120));

export const ProgrammeInput = z.strictObject({
  name: ProgrammeName,
  description: z.string().trim().max(1000).pipe(plainText(1000)).nullable().optional().transform((d) => d ?? null),
  /** Private to its author, or shared with every clinician of the practice. */
  shared: z.boolean(),
  items: z.array(ProgrammeItemSchema).min(1, 'Add at least one exercise.').max(20),
  /** The weekly rise for the programme's paced exercises; absent keeps pacing's 10 %. */
  weeklyRise: z.number().min(WEEKLY_RISE.min).max(WEEKLY_RISE.max).nullable().optional().transform((r) => r ?? null),
});
export type ProgrammeInput = z.infer<typeof ProgrammeInput>;

export const ProgrammeSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  shared: z.boolean(),
  authorId: z.string(),
  authorName: z.string(),
  /** True when the caller wrote it and may change or delete it. */
  mine: z.boolean(),
  items: z.array(z.object({ exerciseId: z.string(), days: z.array(DayNumber), dose: StoredDose.optional() })),
  weeklyRise: z.number().nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Programme = z.infer<typeof ProgrammeSchema>;
export const ProgrammeList = z.object({ items: z.array(ProgrammeSchema) });

/** Assign a programme to a patient in one step: its items become adjustments they can change after. */
export const AssignProgrammeRequest = z.strictObject({ programmeId: Id, reason: OptionalReason, confirmedRules: distinctList(SUITABILITY_RULES).default([]) });
export const AssignedProgramme = z.object({ adjustments: z.array(AdjustmentSchema) });
