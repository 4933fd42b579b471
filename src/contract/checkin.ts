/** The daily check-in: create, list, edit, delete. */
import { z } from 'zod';
import { NOTES_MAX_LENGTH } from '../core/checkin.js';
import { JOURNAL_REGIONS } from '../core/journal/detail.js';
import { Id, Instant, LocalDate, Scale0to10, distinctList, plainText } from './common.js';
import { CheckinDetailSchema } from './journal-detail.js';

const optionalScale = Scale0to10.nullable().optional();

/**
 * The PEG (Krebs et al. 2009; LOINC 91148-7), asked once a week inside the check-in: average
 * pain, and how much pain interfered with enjoyment of life and with general activity, all
 * over the past week, 0-10.
 */
export const PegSchema = z.strictObject({ pain: Scale0to10, enjoyment: Scale0to10, activity: Scale0to10 });
export type Peg = z.infer<typeof PegSchema>;

const checkinFields = {
  at: Instant.optional(),
  pain: Scale0to10,
  flare: z.boolean().optional(),
  /** Where it hurts: the intake's areas, and `head` for a headache. */
  areas: distinctList(JOURNAL_REGIONS).optional(),
  stiffness: optionalScale,
  sleep: optionalScale,
  mood: optionalScale,
  energy: optionalScale,
  stress: optionalScale,
  notes: plainText(NOTES_MAX_LENGTH).nullable().optional(),
  peg: PegSchema.nullable().optional(),
  /** New numbness, weakness, bladder or bowel change, or fever: leads to the safety questions. */
  somethingNew: z.boolean().optional(),
  /** Optional detail (issue 14): pain per region, what it feels like, triggers, relief, medication. Null removes it. */
  detail: CheckinDetailSchema.nullable().optional(),
};

export const CreateCheckinRequest = z.strictObject({ ...checkinFields, clientId: Id.optional() });
export type CreateCheckinRequest = z.input<typeof CreateCheckinRequest>;
/** A create request as the server has it after parsing (defaults filled in). */
export type CreateCheckinBody = z.output<typeof CreateCheckinRequest>;

/**
 * How an edit or delete names the version it was made on (issue 13): the check-in's `updatedAt`
 * as the device last saw it. Sent, a different stored version answers 409 `changed_since`.
 */
const versionFields = {
  /** The check-in's `updatedAt` the edit was made on; without it the edit applies as before. */
  version: Instant.optional(),
  /** The device's id for this edit: the same edit sent again is answered without applying it twice. */
  changeId: Id.optional(),
};

export const UpdateCheckinRequest = z
  .strictObject({ ...checkinFields, ...versionFields })
  .partial()
  .refine((body) => Object.keys(body).some((key) => !(key in versionFields)), { message: 'Send at least one field to change.' });
export type UpdateCheckinRequest = z.input<typeof UpdateCheckinRequest>;
/** An edit as the server has it after parsing (defaults filled in). */
export type UpdateCheckinBody = z.output<typeof UpdateCheckinRequest>;

/** A delete names the version it was made on, like an edit (`?version=<updatedAt>`). */
export const DeleteCheckinQuery = z.strictObject({ version: Instant.optional() });
export type DeleteCheckinQuery = z.input<typeof DeleteCheckinQuery>;

export const CheckinSchema = z.object({
  id: Id,
  at: Instant,
  localDate: LocalDate,
  pain: Scale0to10,
  flare: z.boolean(),
  areas: z.array(z.enum(JOURNAL_REGIONS)),
  stiffness: Scale0to10.nullable(),
  sleep: Scale0to10.nullable(),
  mood: Scale0to10.nullable(),
  energy: Scale0to10.nullable(),
  stress: Scale0to10.nullable(),
  notes: z.string().nullable(),
  peg: PegSchema.nullable(),
  somethingNew: z.boolean(),
  /** The optional detail, or null when none was given. */
  detail: CheckinDetailSchema.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Checkin = z.infer<typeof CheckinSchema>;

/**
 * `from` and `to` are the person's calendar days (inclusive), or instants. With neither, the
 * last 30 days are listed. Newest first.
 */
export const CheckinQuery = z.strictObject({
  from: z.union([LocalDate, Instant]).optional(),
  to: z.union([LocalDate, Instant]).optional(),
});
export type CheckinQuery = z.input<typeof CheckinQuery>;

export const CheckinList = z.object({ items: z.array(CheckinSchema) });
export type CheckinList = z.infer<typeof CheckinList>;
