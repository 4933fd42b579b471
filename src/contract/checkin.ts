/** The daily check-in: create, list, edit, delete. */
import { z } from 'zod';
import { NOTES_MAX_LENGTH } from '../core/checkin.js';
import { PAIN_AREAS } from '../core/profile.js';
import { Id, Instant, LocalDate, Scale0to10, distinctList, plainText } from './common.js';

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
  areas: distinctList(PAIN_AREAS).optional(),
  stiffness: optionalScale,
  sleep: optionalScale,
  mood: optionalScale,
  energy: optionalScale,
  stress: optionalScale,
  notes: plainText(NOTES_MAX_LENGTH).nullable().optional(),
  peg: PegSchema.nullable().optional(),
  /** New numbness, weakness, bladder or bowel change, or fever: leads to the safety questions. */
  somethingNew: z.boolean().optional(),
};

export const CreateCheckinRequest = z.strictObject({ ...checkinFields, clientId: Id.optional() });
export type CreateCheckinRequest = z.input<typeof CreateCheckinRequest>;

export const UpdateCheckinRequest = z
  .strictObject(checkinFields)
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'Send at least one field to change.' });
export type UpdateCheckinRequest = z.input<typeof UpdateCheckinRequest>;

export const CheckinSchema = z.object({
  id: Id,
  at: Instant,
  localDate: LocalDate,
  pain: Scale0to10,
  flare: z.boolean(),
  areas: z.array(z.enum(PAIN_AREAS)),
  stiffness: Scale0to10.nullable(),
  sleep: Scale0to10.nullable(),
  mood: Scale0to10.nullable(),
  energy: Scale0to10.nullable(),
  stress: Scale0to10.nullable(),
  notes: z.string().nullable(),
  peg: PegSchema.nullable(),
  somethingNew: z.boolean(),
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
