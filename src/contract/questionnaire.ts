/**
 * Questionnaires (issue 12): forms, answers, scores and their history, a clinician's schedule for
 * a patient, and the FHIR R4 Questionnaire files an admin imports. The shapes mirror
 * src/core/questionnaires/types.ts; the words of built-in forms are message keys the web renders.
 */
import { z } from 'zod';
import type { FormItem } from '../core/questionnaires/types.js';
import { Id, Instant, LocalDate, plainText } from './common.js';

/** `pain_rating`, `peg`, `psfs`, `pgic`, or `imported:<id>`. */
export const InstrumentKeySchema = z
  .string()
  .max(64)
  .regex(/^(pain_rating|peg|psfs|pgic|imported:[0-9a-f-]{36})$/, 'Use one of pain_rating, peg, psfs, pgic, or imported:<id>.');

export const CodingSchema = z.object({ system: z.string().nullable(), code: z.string(), display: z.string().nullable() });

export const ItemTextSchema = z.union([
  z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }),
  z.object({ literal: z.string() }),
]);

const AnswerOptionSchema = z.object({ code: z.string(), system: z.string().nullable(), value: z.number(), text: ItemTextSchema });
const EnableWhenSchema = z.object({ question: z.string(), answer: z.union([z.string(), z.number()]) });
const ItemBase = {
  linkId: z.string(),
  codes: z.array(CodingSchema),
  enableWhen: z.array(EnableWhenSchema),
  enableBehavior: z.enum(['all', 'any']),
};

export type FormItemSchemaType = z.ZodType<FormItem>;
export const FormItemSchema: FormItemSchemaType = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ ...ItemBase, kind: z.literal('display'), text: ItemTextSchema }),
    z.object({ ...ItemBase, kind: z.literal('group'), text: ItemTextSchema.nullable(), items: z.array(FormItemSchema) }),
    z.object({ ...ItemBase, kind: z.literal('choice'), text: ItemTextSchema, required: z.boolean(), options: z.array(AnswerOptionSchema) }),
    z.object({
      ...ItemBase,
      kind: z.literal('integer'),
      text: ItemTextSchema,
      required: z.boolean(),
      min: z.number().int(),
      max: z.number().int(),
      lowLabel: ItemTextSchema.nullable(),
      highLabel: ItemTextSchema.nullable(),
    }),
  ]),
) as FormItemSchemaType;

export const FormDefinitionSchema = z.object({
  instrument: InstrumentKeySchema,
  version: z.string(),
  title: ItemTextSchema,
  intro: ItemTextSchema.nullable(),
  items: z.array(FormItemSchema),
  codes: z.array(CodingSchema),
  canonical: z.string().nullable(),
});
export type FormDefinitionDto = z.infer<typeof FormDefinitionSchema>;

/** One answer as stored: a choice's code and value, an integer, or null when skipped. */
export const AnswerSchema = z.object({
  linkId: z.string().min(1).max(100),
  value: z.number().finite().nullable(),
  code: z.string().max(100).nullable(),
  label: plainText(120).nullable(),
});

export const ScoreSchema = z.object({
  value: z.number().nullable(),
  se: z.number().nullable(),
  raw: z.number().nullable(),
  method: z.enum(['single', 'mean', 'summed_table', 'response_pattern']).nullable(),
  answered: z.number().int(),
  of: z.number().int(),
});

export const ChangeMarkSchema = z.enum(['meaningful', 'possibly_meaningful', 'not_meaningful']);

/** A scored answer set. */
export const QuestionnaireResponseSchema = z.object({
  id: Id,
  instrument: InstrumentKeySchema,
  version: z.string(),
  localDate: LocalDate,
  at: Instant,
  answers: z.array(AnswerSchema),
  score: ScoreSchema,
  /** The check-in it was given in (the weekly PEG), else null. */
  checkinId: Id.nullable(),
  clientId: z.string().nullable(),
});
export type QuestionnaireResponseDto = z.infer<typeof QuestionnaireResponseSchema>;

/** What is due for me today: at most one form (never more than one questionnaire screen a day). */
export const DueQuestionnaire = z.object({
  due: z
    .object({
      form: FormDefinitionSchema,
      /** The day it became due. */
      dueSince: LocalDate,
      /** Set by a clinician (their name), or the instrument's own schedule. */
      assignedBy: z.string().nullable(),
    })
    .nullable(),
});

export const AnswerQuestionnaireRequest = z.strictObject({
  /** The id the device gave this answer set, so a retry is answered with the same one. */
  clientId: z.string().min(1).max(100),
  instrument: InstrumentKeySchema,
  /** The day answered, in the person's zone; today when left out. */
  localDate: LocalDate.optional(),
  answers: z.array(AnswerSchema).max(60),
});

/** One point of an instrument's history, with its change against the first. */
export const HistoryPoint = z.object({
  responseId: Id,
  localDate: LocalDate,
  score: ScoreSchema,
  /** Score minus the first score (null for the first). */
  change: z.number().nullable(),
  /** The change's mark (for the global impression: the rating's own mark). */
  mark: ChangeMarkSchema.nullable(),
  /** Better, worse or the same as the first, in the instrument's own direction. */
  direction: z.enum(['better', 'worse', 'same']).nullable(),
});

export const InstrumentHistory = z.object({
  instrument: InstrumentKeySchema,
  title: ItemTextSchema,
  direction: z.enum(['higher_is_better', 'lower_is_better']),
  /** The meaningful change as a number of score points, when the instrument has one. */
  meaningfulChange: z.number().nullable(),
  points: z.array(HistoryPoint),
  /** Per PSFS activity: its own ratings by day (3 points is meaningful for one activity). */
  activities: z.array(z.object({ label: z.string(), points: z.array(z.object({ localDate: LocalDate, value: z.number() })) })),
});

export const QuestionnaireHistory = z.object({ instruments: z.array(InstrumentHistory) });

export const HistoryQuery = z.strictObject({ instrument: InstrumentKeySchema.optional() });

/** One instrument's schedule for a patient: its own, or a clinician's. */
export const ScheduleSchema = z.object({
  instrument: InstrumentKeySchema,
  title: ItemTextSchema,
  /** Every N days; null: not asked. */
  everyDays: z.number().int().nullable(),
  /** Asked inside the weekly check-in (PEG). */
  insideCheckin: z.boolean(),
  setBy: z.object({ clinicianId: Id, name: z.string().nullable(), at: Instant }).nullable(),
});

export const PatientQuestionnaires = z.object({
  schedules: z.array(ScheduleSchema),
  history: QuestionnaireHistory,
});

export const ScheduleParams = z.strictObject({ patientId: Id, instrument: InstrumentKeySchema });

export const PutScheduleRequest = z.strictObject({
  /** Every N days (7 to 182), or null to stop asking. */
  everyDays: z.number().int('Use whole days.').min(7, 'At most once a week.').max(182, 'At least every 26 weeks.').nullable(),
});

/** A Questionnaire an admin imported. */
export const ImportedQuestionnaire = z.object({
  id: Id,
  instrument: InstrumentKeySchema,
  url: z.string().nullable(),
  version: z.string(),
  title: z.string(),
  /** The PROMIS form its item codes match (scored as such), else null (stored, not scored). */
  scoring: z.enum(['pi_4a', 'pi_6a', 'pi_6b', 'pi_8a', 'pf_4a']).nullable(),
  itemCount: z.number().int(),
  importedAt: Instant,
  importedBy: z.string().nullable(),
});
export const ImportedQuestionnaireList = z.object({ items: z.array(ImportedQuestionnaire) });

/** A FHIR R4 Questionnaire resource, checked in the service (which names what is unsupported). */
export const ImportQuestionnaireRequest = z.looseObject({ resourceType: z.string() });
