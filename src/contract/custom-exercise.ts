/**
 * A clinician's own exercises (issue 11): what the editor sends, what the API shows, and the JSON
 * they are stored as. The fields are the library's (core/library/exercise.ts).
 */
import { z } from 'zod';
import { PILLARS, POSITIONS } from '../core/library/exercise.js';
import { POSE_PROPS } from '../core/library/pose.js';
import { CONDITIONS, EQUIPMENT, LIKED_ACTIVITIES, LIMBS, PAIN_AREAS } from '../core/profile.js';
import { distinctList, Instant, plainText } from './common.js';
import { ExerciseSchema } from './exercise.js';

/** A custom exercise's id: `c-` and a lowercase UUID, within the library's id pattern. */
export const CustomExerciseId = z.string().regex(/^c-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'Use the id of one of your exercises.');
export const CustomExerciseParams = z.strictObject({ id: CustomExerciseId });
const AnyExerciseId = z.string().regex(/^[a-z0-9-]{1,80}$/, 'Use an exercise id such as wall-push-up.');

const text = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `Keep it to ${max} characters.`).pipe(plainText(max));
const optionalText = (max: number) =>
  z.string().trim().max(max, `Keep it to ${max} characters.`).pipe(plainText(max)).nullable().optional().transform((t) => (t ? t : null));

const whole = (min: number, max: number, message: string) => z.number(message).int(message).min(min, message).max(max, message).optional();

export const CustomDoseSchema = z
  .strictObject({
    sets: whole(1, 5, 'Use 1 to 5 sets.'),
    reps: whole(1, 30, 'Use 1 to 30 repetitions.'),
    holdSeconds: whole(1, 300, 'Use a hold of 1 to 300 seconds.'),
    minutes: whole(1, 90, 'Use 1 to 90 minutes.'),
    perSide: z.boolean().optional(),
  })
  .refine((d) => d.sets !== undefined || d.reps !== undefined || d.holdSeconds !== undefined || d.minutes !== undefined, 'Give at least one of sets, reps, hold or minutes.');

/** What the clinician writes; the server adds the id, the owner and the drawing. */
export const CustomExerciseInput = z
  .strictObject({
    name: text(80, 'Give the exercise a name.'),
    purpose: text(200, 'Say in one line what it is for.'),
    pillar: z.enum(PILLARS),
    positions: distinctList(POSITIONS).min(1, 'Choose at least one position.'),
    limbs: distinctList(LIMBS).default([]),
    equipment: distinctList(EQUIPMENT).default([]),
    regions: distinctList(PAIN_AREAS).default([]),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    avoidWith: distinctList(CONDITIONS).default([]),
    cautionNote: optionalText(300),
    dose: CustomDoseSchema,
    easier: AnyExerciseId.nullable().default(null),
    harder: AnyExerciseId.nullable().default(null),
    steps: z.array(text(200, 'Write the step, or take it out.')).min(3, 'Write at least 3 steps.').max(7, 'Keep it to 7 steps.'),
    breathing: text(300, 'Say how to breathe.'),
    feel: text(300, 'Say what it should feel like.'),
    stopIf: text(300, 'Say when to stop.'),
    activity: z.enum(LIKED_ACTIVITIES).nullable().default(null),
    /** The library exercise whose drawing (start and end poses) this one shows. */
    poseFrom: AnyExerciseId,
    /** Private to the author, or shared with every clinician of the practice. */
    shared: z.boolean(),
  })
  .refine((e) => e.avoidWith.length === 0 || e.cautionNote !== null, { message: 'Say in plain words why it does not suit those conditions.', path: ['cautionNote'] });
export type CustomExerciseInput = z.infer<typeof CustomExerciseInput>;

/** The alt text a clinician gives their photo, required. */
export const PhotoAltQuery = z.strictObject({ alt: text(300, 'Describe the photo for people who cannot see it.') });

/** A custom exercise as its author and the practice see it. */
export const CustomExerciseSchema = ExerciseSchema.extend({
  limbs: z.array(z.enum(LIMBS)),
  poseFrom: z.string(),
  shared: z.boolean(),
  authorName: z.string(),
  /** True when the caller wrote it and may change or delete it. */
  mine: z.boolean(),
  photo: z.object({ id: z.string(), alt: z.string(), url: z.string() }).nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type CustomExerciseView = z.infer<typeof CustomExerciseSchema>;
export const CustomExerciseList = z.object({ items: z.array(CustomExerciseSchema) });

const PoseSchema = z.object({
  view: z.enum(['side', 'front']),
  torso: z.number().optional(), head: z.number().optional(), headTurn: z.number().optional(), torsoTwist: z.number().optional(),
  upperArmL: z.number().optional(), forearmL: z.number().optional(), upperArmR: z.number().optional(), forearmR: z.number().optional(),
  thighL: z.number().optional(), shinL: z.number().optional(), thighR: z.number().optional(), shinR: z.number().optional(),
  footL: z.number().optional(), footR: z.number().optional(),
  palmL: z.enum(['in', 'up', 'down']).optional(), palmR: z.enum(['in', 'up', 'down']).optional(),
  props: z.array(z.enum(POSE_PROPS)).optional(),
  cue: z.enum(['breath_in', 'breath_out', 'hold', 'repeat']).optional(),
});

/** The stored JSON of a custom exercise: the input's fields and the copied drawing. */
export const StoredCustomExercise = z.object({
  name: z.string(), purpose: z.string(), pillar: z.enum(PILLARS), positions: z.array(z.enum(POSITIONS)),
  limbs: z.array(z.enum(LIMBS)), equipment: z.array(z.enum(EQUIPMENT)), regions: z.array(z.enum(PAIN_AREAS)),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]), avoidWith: z.array(z.enum(CONDITIONS)), cautionNote: z.string().nullable(),
  dose: z.object({ sets: z.number().optional(), reps: z.number().optional(), holdSeconds: z.number().optional(), minutes: z.number().optional(), perSide: z.boolean().optional() }),
  easier: z.string().nullable(), harder: z.string().nullable(), steps: z.array(z.string()),
  breathing: z.string(), feel: z.string(), stopIf: z.string(), activity: z.enum(LIKED_ACTIVITIES).nullable(),
  poseFrom: z.string(),
  illustration: z.object({ start: PoseSchema, end: PoseSchema, alt: z.string() }),
});
export type StoredCustomExercise = z.infer<typeof StoredCustomExercise>;
