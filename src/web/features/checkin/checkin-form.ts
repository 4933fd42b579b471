/**
 * The check-in form's state and how it becomes an API request. Times are written in the
 * person's own time zone; "now" sends no time so the server's clock decides.
 */
import type { JournalRegion } from '../../../core/journal/detail.js';
import { CHECKIN_SCALES, NOTES_MAX_LENGTH, type CheckinScale } from '../../../core/checkin.js';
import { fromZonedDateTimeInput, toZonedDateTimeInput } from '../../../core/zoned-time.js';
import type {
  Checkin,
  CreateCheckinRequest,
  Peg,
  UpdateCheckinRequest,
} from '../../../contract/checkin.js';

/** The weekly PEG's three answers while the form is being filled in (Krebs 2009). */
export type PegDraft = Record<keyof Peg, number | null>;

/** How far the PEG has been answered: it is sent only when all three are. */
export type PegProgress = 'none' | 'partial' | 'complete';

export interface CheckinFormState {
  pain: number | null;
  when: 'now' | 'other';
  atText: string;
  areas: JournalRegion[];
  scales: Record<CheckinScale, number | null>;
  flare: boolean;
  /** New numbness, weakness, bladder or bowel change, or fever: leads to the safety questions. */
  somethingNew: boolean;
  notes: string;
  peg: PegDraft;
}

export type CheckinFormProblem = 'pain' | 'at_invalid' | 'at_future' | 'notes';

/** A minute of leeway so a device clock a little ahead of the server is not refused. */
const CLOCK_LEEWAY_MS = 60_000;

const noScales = (): Record<CheckinScale, number | null> => ({
  stiffness: null,
  sleep: null,
  mood: null,
  energy: null,
  stress: null,
});

const noPeg = (): PegDraft => ({ pain: null, enjoyment: null, activity: null });

/** A fresh form: nothing chosen, time "now". */
export function emptyCheckinForm(nowMs: number, timeZone: string): CheckinFormState {
  const atText = toZonedDateTimeInput(new Date(nowMs).toISOString(), timeZone);
  return {
    pain: null,
    when: 'now',
    atText,
    areas: [],
    scales: noScales(),
    flare: false,
    somethingNew: false,
    notes: '',
    peg: noPeg(),
  };
}

/** A form filled from a saved check-in, for editing. */
export function formFromCheckin(checkin: Checkin, timeZone: string): CheckinFormState {
  const scales = noScales();
  for (const scale of CHECKIN_SCALES) scales[scale] = checkin[scale];
  return {
    pain: checkin.pain,
    when: 'other',
    atText: toZonedDateTimeInput(checkin.at, timeZone),
    areas: [...checkin.areas],
    scales,
    flare: checkin.flare,
    somethingNew: checkin.somethingNew,
    notes: checkin.notes ?? '',
    peg: checkin.peg ? { ...checkin.peg } : noPeg(),
  };
}

/** True when any optional detail is filled in, so an edit form opens its details. */
export function hasDetails(form: CheckinFormState): boolean {
  return (
    form.areas.length > 0 ||
    form.flare ||
    form.notes.trim() !== '' ||
    CHECKIN_SCALES.some((s) => form.scales[s] !== null)
  );
}

/** What must be fixed before saving. */
export function findCheckinFormProblems(
  form: CheckinFormState,
  nowMs: number,
  timeZone: string,
): CheckinFormProblem[] {
  const problems: CheckinFormProblem[] = [];
  if (form.pain === null) problems.push('pain');
  if (form.when === 'other') {
    const at = fromZonedDateTimeInput(form.atText, timeZone);
    if (at === null) problems.push('at_invalid');
    else if (Date.parse(at) > nowMs + CLOCK_LEEWAY_MS) problems.push('at_future');
  }
  if (form.notes.length > NOTES_MAX_LENGTH) problems.push('notes');
  return problems;
}

function detailFields(form: CheckinFormState) {
  const notes = form.notes.trim();
  return {
    flare: form.flare,
    somethingNew: form.somethingNew,
    areas: form.areas,
    ...form.scales,
    notes: notes === '' ? null : notes,
  };
}

/** How many of the three PEG questions are answered: none, some, or all. */
export function pegProgress(draft: PegDraft): PegProgress {
  const answered = Object.values(draft).filter((value) => value !== null).length;
  return answered === 0 ? 'none' : answered === 3 ? 'complete' : 'partial';
}

/** The PEG to send, or null unless all three questions are answered. */
export function toPegAnswer(draft: PegDraft): Peg | null {
  const { pain, enjoyment, activity } = draft;
  if (pain === null || enjoyment === null || activity === null) return null;
  return { pain, enjoyment, activity };
}

/**
 * The body of `POST /api/me/checkins`; only call once the form has no problems. The PEG goes
 * with it only when all three answers are there.
 */
export function toCreateRequest(
  form: CheckinFormState,
  clientId: string,
  timeZone: string,
): CreateCheckinRequest {
  const at = form.when === 'other' ? fromZonedDateTimeInput(form.atText, timeZone) : null;
  const peg = toPegAnswer(form.peg);
  return {
    clientId,
    pain: form.pain ?? 0,
    ...(at ? { at } : {}),
    ...detailFields(form),
    ...(peg ? { peg } : {}),
  };
}

/** The body of `PATCH /api/me/checkins/:id`: every field, so cleared details are cleared. */
export function toUpdateRequest(form: CheckinFormState, timeZone: string): UpdateCheckinRequest {
  const at = fromZonedDateTimeInput(form.atText, timeZone);
  return { pain: form.pain ?? 0, ...(at ? { at } : {}), ...detailFields(form) };
}
