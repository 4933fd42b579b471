/** Care links (issue 10): invitations with consent, the person's clinicians, notes both ways, who looked. */
import { z } from 'zod';
import { RECORD_AREAS } from '../core/access/policy.js';
import { normalizeInvitationCode } from '../core/care/invitation-code.js';
import { checkNoteBody } from '../core/care/note-body.js';
import { OPTIONAL_SHARES, SHARED_AREAS } from '../core/care/shares.js';
import { Id, Instant, LocalDate, plainText } from './common.js';

/** The link's secret: 32 random bytes, base64url. */
export const InvitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Use the whole link you were given.');

/** The short code as typed: case, spaces and dashes do not matter. */
export const InvitationCode = z
  .string()
  .max(40)
  .refine((code) => normalizeInvitationCode(code) !== null, 'Enter the 8 letters and numbers of the code, like ABCD-EFGH.');

const refFields = { token: InvitationToken.optional(), code: InvitationCode.optional() };
const hasOneRef = (body: { token?: string | undefined; code?: string | undefined }) =>
  (body.token === undefined) !== (body.code === undefined);
const ONE_REF = { message: 'Send either the link’s token or the code, not both.', path: ['code'] };

/** Which invitation: by the link's token or by the short code. */
export const InvitationRef = z.strictObject(refFields).refine(hasOneRef, ONE_REF);
export type InvitationRef = z.input<typeof InvitationRef>;

export const AcceptInvitationRequest = z
  .strictObject({ ...refFields, shareNotes: z.boolean() })
  .refine(hasOneRef, ONE_REF);
export type AcceptInvitationRequest = z.input<typeof AcceptInvitationRequest>;

export const CreateInvitationRequest = z.strictObject({
  /** The clinician's private reminder of whom it is for. */
  label: z.string().trim().pipe(plainText(80)).optional(),
});

/** A new invitation: the link and the code are shown this once and never again. */
export const CreatedInvitation = z.object({ id: Id, link: z.string(), code: z.string(), expiresAt: Instant });
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

export const INVITATION_STATUSES = ['open', 'accepted', 'declined', 'withdrawn', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** An invitation as its clinician lists it (no token, no code). */
export const InvitationSummary = z.object({
  id: Id,
  label: z.string().nullable(),
  status: z.enum(INVITATION_STATUSES),
  createdAt: Instant,
  expiresAt: Instant,
  answeredAt: Instant.nullable(),
});
export type InvitationSummary = z.infer<typeof InvitationSummary>;
export const InvitationList = z.object({ items: z.array(InvitationSummary) });
export type InvitationList = z.infer<typeof InvitationList>;

/** What a person sees before answering an invitation. */
export const FoundInvitation = z.object({
  clinician: z.object({ name: z.string(), email: z.string() }),
  shares: z.array(z.enum(SHARED_AREAS)),
  optionalShares: z.array(z.enum(OPTIONAL_SHARES)),
  expiresAt: Instant,
});
export type FoundInvitation = z.infer<typeof FoundInvitation>;

/** One of the person's clinicians. */
export const CareLink = z.object({
  id: Id,
  clinician: z.object({ id: Id, name: z.string(), email: z.string() }),
  since: Instant,
  sharesNotes: z.boolean(),
});
export type CareLink = z.infer<typeof CareLink>;
export const CareLinkList = z.object({ items: z.array(CareLink) });
export type CareLinkList = z.infer<typeof CareLinkList>;
export const LinkIdParams = z.strictObject({ linkId: Id });

export const AccessLogQuery = z
  .strictObject({ from: LocalDate.optional(), to: LocalDate.optional() })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'The range must end on or after the day it starts.', path: ['to'] });
export type AccessLogQuery = z.input<typeof AccessLogQuery>;

/** Who looked at the person's data: one line per clinician per day, newest first. */
export const AccessLog = z.object({
  from: LocalDate,
  to: LocalDate,
  items: z.array(
    z.object({
      day: LocalDate,
      clinician: z.object({ id: z.string(), name: z.string() }),
      /** The parts of the record looked at that day. */
      areas: z.array(z.enum(RECORD_AREAS)),
      /** The parts changed that day: a note written, a review recorded, the link ended. */
      changed: z.array(z.enum(RECORD_AREAS)),
      count: z.number().int(),
    }),
  ),
});
export type AccessLog = z.infer<typeof AccessLog>;

const NOTE_PROBLEMS = {
  empty: 'Write a few words first.',
  too_long: 'A note can be up to 2000 characters.',
  control_characters: 'The note has characters that cannot be shown; please type it again.',
} as const;

/** A note's text: plain, trimmed, 1 to 2000 characters (core/care/note-body.ts). */
export const NoteBody = z
  .string()
  .max(10_000, NOTE_PROBLEMS.too_long)
  .transform((raw, context) => {
    const check = checkNoteBody(raw);
    if (check.ok) return check.body;
    context.addIssue({ code: 'custom', message: NOTE_PROBLEMS[check.problem] });
    return z.NEVER;
  });

/** A note between a person and one clinician. */
export const CareNote = z.object({
  id: Id,
  clinician: z.object({ id: Id, name: z.string() }),
  /** True when the caller wrote it. */
  fromMe: z.boolean(),
  body: z.string(),
  createdAt: Instant,
  /** When the other side first read it. */
  readAt: Instant.nullable(),
});
export type CareNote = z.infer<typeof CareNote>;
export const CareNoteList = z.object({ items: z.array(CareNote) });
export type CareNoteList = z.infer<typeof CareNoteList>;

export const CreateMyNoteRequest = z.strictObject({ clinicianId: Id, body: NoteBody, clientId: Id.optional() });
export type CreateMyNoteRequest = z.output<typeof CreateMyNoteRequest>;
export const CreatePatientNoteRequest = z.strictObject({ body: NoteBody, clientId: Id.optional() });
export type CreatePatientNoteRequest = z.output<typeof CreatePatientNoteRequest>;
export const MarkNotesReadRequest = z.strictObject({ clinicianId: Id });
