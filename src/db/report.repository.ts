/**
 * What the visit report reads that no other repository does: the practice's report settings
 * (decoded once, with their schema) and a patient's latest review.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from './schema.js';

/** The settings keys of the report. */
export const REPORT_SETTING_KEYS = { locale: 'report_locale', practiceName: 'practice_name' } as const;

/** The practice's report settings; null where never set. */
export interface ReportSettings {
  locale: string | null;
  practiceName: string | null;
}

const StoredText = z.string();

function decode(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    const parsed = StoredText.safeParse(JSON.parse(value));
    return parsed.success && parsed.data.trim() !== '' ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The practice's locale (for the paper) and name, as the report prints them. */
export async function findReportSettings(db: Kysely<Database>): Promise<ReportSettings> {
  const rows = await db
    .selectFrom('practice_settings')
    .select(['key', 'value'])
    .where('key', 'in', [REPORT_SETTING_KEYS.locale, REPORT_SETTING_KEYS.practiceName])
    .execute();
  const valueOf = (key: string) => decode(rows.find((r) => r.key === key)?.value);
  return { locale: valueOf(REPORT_SETTING_KEYS.locale), practiceName: valueOf(REPORT_SETTING_KEYS.practiceName) };
}

/** The instant of a patient's latest review: by this clinician, or by any when `clinicianId` is null. */
export async function findLastReviewAt(db: Kysely<Database>, patientId: string, clinicianId: string | null): Promise<string | null> {
  let query = db.selectFrom('care_reviews').select('reviewed_at').where('patient_id', '=', patientId);
  if (clinicianId !== null) query = query.where('clinician_id', '=', clinicianId);
  const row = await query.orderBy('reviewed_at', 'desc').limit(1).executeTakeFirst();
  return row?.reviewed_at ?? null;
}
