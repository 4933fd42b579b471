/**
 * The person's own words in a check-in (its notes, and in its detail the medication and the words
 * for "other") are personal: a linked clinician sees them only when the person shares their notes.
 */
import { isEmptyDetail, type CheckinDetail } from './detail.js';

/** The detail without the person's own words; null when nothing else was in it. */
export function detailWithoutOwnWords(detail: CheckinDetail | null): CheckinDetail | null {
  if (detail === null) return null;
  const kept: CheckinDetail = { ...detail, otherTrigger: null, otherRelief: null, medication: null };
  return isEmptyDetail(kept) ? null : kept;
}

/** A check-in as seen by someone the notes are not shared with: no notes, no own words in the detail. */
export function withoutPersonalWords<C extends { notes: string | null; detail: CheckinDetail | null }>(checkin: C): C {
  return { ...checkin, notes: null, detail: detailWithoutOwnWords(checkin.detail) };
}
