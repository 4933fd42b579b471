/** The exercise library as the API shows it (PRODUCT.md, "Exercise"). */
import { z } from 'zod';
import { PILLARS, POSITIONS } from '../core/library/exercise.js';
import { CONDITIONS, EQUIPMENT, LIKED_ACTIVITIES, PAIN_AREAS } from '../core/profile.js';

export const DoseSchema = z.object({
  sets: z.number().int().positive().optional(),
  reps: z.number().int().positive().optional(),
  holdSeconds: z.number().int().positive().optional(),
  minutes: z.number().positive().optional(),
  /** The reps or holds are done on each side. */
  perSide: z.boolean().optional(),
});

export const BreathPatternSchema = z.object({
  inSeconds: z.number().positive(),
  holdInSeconds: z.number().positive().optional(),
  outSeconds: z.number().positive(),
  holdOutSeconds: z.number().positive().optional(),
});

export const ExerciseSchema = z.object({
  id: z.string(),
  source: z.enum(['builtin', 'custom']),
  name: z.string(),
  purpose: z.string(),
  pillar: z.enum(PILLARS),
  positions: z.array(z.enum(POSITIONS)),
  equipment: z.array(z.enum(EQUIPMENT)),
  regions: z.array(z.enum(PAIN_AREAS)),
  level: z.number().int().min(1).max(3),
  avoidWith: z.array(z.enum(CONDITIONS)),
  cautionNote: z.string().nullable(),
  dose: DoseSchema,
  easier: z.string().nullable(),
  harder: z.string().nullable(),
  steps: z.array(z.string()),
  breathing: z.string(),
  feel: z.string(),
  stopIf: z.string(),
  /** Words for a morning session only ("before you get up"); other sessions show the usual ones. */
  morning: z.object({ purpose: z.string().optional(), breathing: z.string().optional(), feel: z.string().optional() }).optional(),
  activity: z.enum(LIKED_ACTIVITIES).nullable(),
  /** The rhythm a breathing pacer follows, for breathing practices. */
  breathPattern: BreathPatternSchema.nullable(),
  /** A URL this server serves: an SVG of the start and end positions. */
  illustration: z.string(),
  illustrationAlt: z.string(),
});
export type ExerciseView = z.infer<typeof ExerciseSchema>;

const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((raw) => raw.split(',').map((v) => v.trim()).filter((v) => v.length > 0))
    .pipe(z.array(z.enum(values)));

/**
 * Filters of `GET /api/exercises`. `equipment` is what the person has (comma-separated, or
 * `none` for body weight only): an exercise matches when it needs nothing else.
 */
export const ExerciseQuery = z.strictObject({
  pillar: z.enum(PILLARS).optional(),
  position: z.enum(POSITIONS).optional(),
  region: z.enum(PAIN_AREAS).optional(),
  equipment: z
    .union([z.literal('none').transform(() => [] as (typeof EQUIPMENT)[number][]), listOf(EQUIPMENT)])
    .optional(),
  level: z.coerce.number().int().min(1).max(3).optional(),
  q: z.string().trim().max(100).optional(),
});
export type ExerciseQuery = z.input<typeof ExerciseQuery>;

export const ExerciseList = z.object({ items: z.array(ExerciseSchema) });
export type ExerciseList = z.infer<typeof ExerciseList>;

export const ExerciseParams = z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Use an exercise id such as wall-push-up.') });
