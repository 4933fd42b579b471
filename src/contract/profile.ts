/** The intake Profile of PRODUCT.md, and the draft a person saves while filling it in. */
import { z } from 'zod';
import {
  CONDITIONS,
  EQUIPMENT,
  LIKED_ACTIVITIES,
  LIMBS,
  LIMITS,
  MOBILITY_LEVELS,
  PAIN_AREAS,
  TIMES_OF_DAY,
  type Profile as DomainProfile,
} from '../core/profile.js';
import { SAFETY_QUESTION_IDS } from '../core/safety.js';
import { Instant, LocalDate, Scale0to10, distinctList, plainText } from './common.js';

const safetyShape = Object.fromEntries(
  SAFETY_QUESTION_IDS.map((id) => [id, z.boolean().optional()]),
) as Record<(typeof SAFETY_QUESTION_IDS)[number], z.ZodOptional<z.ZodBoolean>>;

/** The answers a person gives: each question, and a clinician's go-ahead with its date. */
export const SafetyAnswersInput = z.strictObject({
  ...safetyShape,
  cleared_by_clinician: z.boolean().optional(),
  clearedOn: LocalDate.optional(),
});

/** The stored answers: the server adds when the screen was last answered (a value sent is replaced). */
export const SafetyAnswersSchema = SafetyAnswersInput.extend({ screenedAt: Instant.optional() });

export const GoalSchema = z.strictObject({
  activity: z.string().trim().min(1).pipe(plainText(LIMITS.goals.activityMaxLength)),
  score: Scale0to10,
});

const profileShape = {
  painAreas: distinctList(PAIN_AREAS),
  conditions: distinctList(CONDITIONS),
  mobility: z.enum(MOBILITY_LEVELS),
  floorTransfers: z.boolean(),
  minutesPerDay: z.number().int().min(LIMITS.minutesPerDay.min).max(LIMITS.minutesPerDay.max),
  daysPerWeek: z.number().int().min(LIMITS.daysPerWeek.min).max(LIMITS.daysPerWeek.max),
  preferredTimes: distinctList(TIMES_OF_DAY),
  equipment: distinctList(EQUIPMENT),
  likes: distinctList(LIKED_ACTIVITIES),
  painToday: Scale0to10,
  safety: SafetyAnswersSchema,
  age: z.number().int().min(LIMITS.age.min).max(LIMITS.age.max).optional(),
  goals: z.array(GoalSchema).max(LIMITS.goals.max).optional(),
  // Mobility details asked of wheelchair users; profiles stored before stay valid without them.
  bedTransfers: z.boolean().optional(),
  limbsUsed: distinctList(LIMBS).optional(),
};

export const ProfileSchema = z.strictObject(profileShape) satisfies z.ZodType<DomainProfile>;
export type Profile = z.infer<typeof ProfileSchema>;

export const ProfileResponse = z.object({ profile: ProfileSchema, updatedAt: Instant });
export type ProfileResponse = z.infer<typeof ProfileResponse>;

/** A half-filled intake: every answer optional, each checked when present. */
export const IntakeDraftSchema = z.strictObject({
  step: z.number().int().min(0).max(20),
  answers: z.strictObject(profileShape).partial(),
});
export type IntakeDraft = z.infer<typeof IntakeDraftSchema>;

export const IntakeDraftResponse = z.object({ draft: IntakeDraftSchema.nullable() });
export type IntakeDraftResponse = z.infer<typeof IntakeDraftResponse>;
