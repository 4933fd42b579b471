/**
 * The check-in form's state and how it becomes an API request. Times are written in the
 * person's own time zone; "now" sends no time so the server's clock decides.
 */
import {
  DETAIL_LIMITS,
  SPREADING_REGIONS,
  normalizeDetail,
  type CheckinDetail,
  type JournalRegion,
  type PainDescriptor,
  type ReliefKind,
  type SpreadTarget,
  type Trigger,
} from '../../../core/journal/detail.js';
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

/**
 * The optional detail while it is being filled in (issue 14). Words are kept even when their
 * choice is untapped, so tapping "other" again brings them back; only what is chosen is sent.
 */
export interface DetailDraft {
  /** Each chosen region's own 0-10; a number for a region no longer chosen is not sent. */
  regionPain: Partial<Record<JournalRegion, number>>;
  spreadsTo: SpreadTarget[];
  descriptors: PainDescriptor[];
  triggers: Trigger[];
  otherTrigger: string;
  /** What was tried, in the order tapped (sent in catalog order). */
  relief: ReliefKind[];
  /** "How much did it help?" per kind, 0-10. */
  helped: Partial<Record<ReliefKind, number>>;
  /** The later ratings of a saved check-in, kept as they were when it is edited. */
  helpedLater: Partial<Record<ReliefKind, number>>;
  otherRelief: string;
  medication: string;
}

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
  detail: DetailDraft;
}

export type CheckinFormProblem =
  | 'pain'
  | 'at_invalid'
  | 'at_future'
  | 'notes'
  | 'otherTrigger'
  | 'otherRelief'
  | 'medication';

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

/** A detail with nothing filled in. */
export const emptyDetailDraft = (): DetailDraft => ({
  regionPain: {},
  spreadsTo: [],
  descriptors: [],
  triggers: [],
  otherTrigger: '',
  relief: [],
  helped: {},
  helpedLater: {},
  otherRelief: '',
  medication: '',
});

/** The draft of a saved detail, for editing. */
export function draftFromDetail(detail: CheckinDetail | null): DetailDraft {
  const draft = emptyDetailDraft();
  if (detail === null) return draft;
  for (const { region, pain } of detail.regionPain) draft.regionPain[region] = pain;
  for (const { kind, helped, helpedLater } of detail.relief) {
    draft.relief.push(kind);
    if (helped !== null) draft.helped[kind] = helped;
    if (helpedLater !== null) draft.helpedLater[kind] = helpedLater;
  }
  return {
    ...draft,
    spreadsTo: [...detail.spreadsTo],
    descriptors: [...detail.descriptors],
    triggers: [...detail.triggers],
    otherTrigger: detail.otherTrigger ?? '',
    otherRelief: detail.otherRelief ?? '',
    medication: detail.medication ?? '',
  };
}

/** True when "spreads to" is asked: neck or back pain is chosen. */
export function canSpread(areas: readonly JournalRegion[]): boolean {
  return SPREADING_REGIONS.some((region) => areas.includes(region));
}

/**
 * The detail to send, fitted to the chosen areas: a region's number only while the region is
 * chosen, "spreads to" only with neck or back pain, own words only with "other". Null when empty.
 */
export function toDetail(areas: readonly JournalRegion[], draft: DetailDraft): CheckinDetail | null {
  return normalizeDetail({
    regionPain: areas.flatMap((region) => {
      const pain = draft.regionPain[region];
      return pain === undefined ? [] : [{ region, pain }];
    }),
    spreadsTo: canSpread(areas) ? draft.spreadsTo : [],
    descriptors: draft.descriptors,
    triggers: draft.triggers,
    otherTrigger: draft.triggers.includes('other') ? draft.otherTrigger : null,
    relief: draft.relief.map((kind) => ({
      kind,
      helped: draft.helped[kind] ?? null,
      helpedLater: draft.helpedLater[kind] ?? null,
    })),
    otherRelief: draft.relief.includes('other') ? draft.otherRelief : null,
    medication: draft.medication,
  });
}

/** A list with `item` added when absent, or taken out when present. */
export function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

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
    detail: emptyDetailDraft(),
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
    detail: draftFromDetail(checkin.detail),
  };
}

/** True when any optional detail is filled in, so an edit form opens its details. */
export function hasDetails(form: CheckinFormState): boolean {
  return (
    form.areas.length > 0 ||
    form.flare ||
    form.notes.trim() !== '' ||
    CHECKIN_SCALES.some((s) => form.scales[s] !== null) ||
    toDetail(form.areas, form.detail) !== null
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
  const { detail } = form;
  if (detail.triggers.includes('other') && detail.otherTrigger.trim().length > DETAIL_LIMITS.otherText)
    problems.push('otherTrigger');
  if (detail.relief.includes('other') && detail.otherRelief.trim().length > DETAIL_LIMITS.otherText)
    problems.push('otherRelief');
  if (detail.medication.trim().length > DETAIL_LIMITS.medication) problems.push('medication');
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
    detail: toDetail(form.areas, form.detail),
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

/** The saved detail with the later "how much did it help" ratings given on home's follow-up. */
export function withLaterRelief(
  detail: CheckinDetail,
  later: Partial<Record<ReliefKind, number>>,
): CheckinDetail {
  return {
    ...detail,
    relief: detail.relief.map((entry) => ({ ...entry, helpedLater: later[entry.kind] ?? entry.helpedLater })),
  };
}
