/** Building blocks shared by every schema of the public API. */
import { z } from 'zod';
import { ERROR_CODES } from '../core/errors.js';
import { hasNoControlCharacters } from '../core/text.js';
import { canonicalTimeZone, isInSupportedYears, isLocalDate, isValidTimeZone, SUPPORTED_YEARS } from '../core/calendar.js';

/** The error shape of PRODUCT.md: `{"error":{"code","message","field?"}}`. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    field: z.string().optional(),
    /** With `changed_since` (409): the row as it stands now, in its route's response shape. */
    current: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Id = z.uuid();
export const IdParams = z.strictObject({ id: Id });

/** An instant with its offset, e.g. `2026-11-24T08:30:00.000Z`, in the years 1900 to 2100. */
export const Instant = z.iso
  .datetime({ offset: true })
  .refine(isInSupportedYears, `Use a time in the years ${SUPPORTED_YEARS.first} to ${SUPPORTED_YEARS.last}.`);

/** A calendar day, `YYYY-MM-DD`, in the years 1900 to 2100. */
export const LocalDate = z
  .string()
  .refine(isLocalDate, 'Use a real day written as YYYY-MM-DD.')
  .refine(isInSupportedYears, `Use a day in the years ${SUPPORTED_YEARS.first} to ${SUPPORTED_YEARS.last}.`);

/** An IANA time zone name, such as `Europe/Berlin`. */
export const TimeZone = z
  .string()
  .refine(isValidTimeZone, 'Use a time zone name such as Europe/Berlin or America/Chicago.')
  // One spelling per zone, so `europe/berlin` and `Europe/Berlin` are the same zone everywhere.
  .transform((zone) => canonicalTimeZone(zone) ?? zone);

/** A whole number from 0 to 10, the scale of every rating in Pacewise. */
export const Scale0to10 = z.number().int().min(0).max(10);

/** Free text a person writes, at most `max` characters, without control characters but line breaks and tabs. */
export function plainText(max: number) {
  return z.string().max(max).refine(hasNoControlCharacters, 'Take out the hidden control characters (they may have come with a paste).');
}

/** An empty body for routes that answer with no content. */
export const NoContent = z.null();

/** A list of distinct values from a closed set. */
export function distinctList<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, 'Each value may appear only once.');
}
