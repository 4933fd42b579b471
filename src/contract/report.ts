/** Schemas of the visit report (issue 11): the period asked for and the PDF answered. */
import { z } from 'zod';
import { LocalDate, plainText } from './common.js';

/** The period, both days included; by default since the last review, else the last 4 weeks. */
export const ReportQuery = z.strictObject({ from: LocalDate.optional(), to: LocalDate.optional() });
export type ReportQuery = z.input<typeof ReportQuery>;

/**
 * A binary answer: the one-page PDF. Described for the OpenAPI document as a binary string of
 * `application/pdf`; the server sends the bytes as they are.
 */
export const VisitReportPdf = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'A PDF file')
  .meta({ type: 'string', format: 'binary', contentMediaType: 'application/pdf', description: 'The visit report, one page of PDF' });

/** A language tag such as `en-GB`; its region chooses the paper (US and Canada: Letter, else A4). */
export const ReportLocale = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Use a language tag such as en-GB or en-US.');

/** The practice's report settings, as the admin sets them; null clears one. */
export const ReportSettingsRequest = z.strictObject({
  locale: ReportLocale.nullable().optional(),
  practiceName: z.string().trim().max(120, 'Keep the practice name under 120 characters.').pipe(plainText(120)).nullable().optional(),
});
export type ReportSettingsRequest = z.input<typeof ReportSettingsRequest>;

/** The practice's report settings: the paper follows the locale's region. */
export const ReportSettings = z.object({
  locale: z.string().nullable(),
  practiceName: z.string().nullable(),
  paper: z.enum(['a4', 'letter']),
});
export type ReportSettings = z.infer<typeof ReportSettings>;
