/**
 * The optional detail of a check-in (issue 14; CLINICAL.md §4): pain per region, where back or
 * neck pain spreads, what it feels like, what set it off, what helped and how much, and medication
 * taken. Every part is optional; an empty detail is stored as none.
 */
import { PAIN_AREAS } from '../profile.js';

/** Where a check-in says it hurts: the intake's areas plus the head (headache). */
export const JOURNAL_REGIONS = [...PAIN_AREAS, 'head'] as const;
export type JournalRegion = (typeof JOURNAL_REGIONS)[number];

/** Back and neck pain may travel into a limb ("spreads to"). */
export const SPREADING_REGIONS = ['neck', 'upper_back', 'lower_back'] as const satisfies readonly JournalRegion[];
export const SPREAD_TARGETS = ['arm', 'leg'] as const;
export type SpreadTarget = (typeof SPREAD_TARGETS)[number];

/** What the pain feels like: the words used to describe nerve (neuropathic) pain and others. */
export const PAIN_DESCRIPTORS = [
  'burning',
  'tingling',
  'pins_and_needles',
  'shooting',
  'electric',
  'stabbing',
  'aching',
  'throbbing',
  'numbness',
  'light_touch',
] as const;
export type PainDescriptor = (typeof PAIN_DESCRIPTORS)[number];

/**
 * The descriptors typical of nerve pain (the DN4 and painDETECT screens ask about burning,
 * tingling, pins and needles, electric shocks, numbness and pain from light touch; shooting is in
 * the LANSS). Aching, throbbing and stabbing are not counted as nerve-type.
 */
export const NERVE_DESCRIPTORS = [
  'burning',
  'tingling',
  'pins_and_needles',
  'shooting',
  'electric',
  'numbness',
  'light_touch',
] as const satisfies readonly PainDescriptor[];

/** What set the pain off. */
export const TRIGGERS = [
  'sitting',
  'standing',
  'walking',
  'bending_lifting',
  'long_drive',
  'poor_sleep',
  'stress',
  'weather',
  'overdoing',
  'other',
] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** What the person used for relief (Pacewise never advises on medicine; it only records). */
export const RELIEF_KINDS = ['heat', 'cold', 'gentle_movement', 'rest', 'breathing', 'medication', 'other'] as const;
export type ReliefKind = (typeof RELIEF_KINDS)[number];

/** One thing that was tried: how much it helped (0-10) then, and when asked again later. */
export interface ReliefEntry {
  kind: ReliefKind;
  helped: number | null;
  helpedLater: number | null;
}

export interface RegionPain {
  region: JournalRegion;
  pain: number;
}

/** The detail of one check-in. Lists hold no repeats; regions follow `JOURNAL_REGIONS`' order. */
export interface CheckinDetail {
  regionPain: RegionPain[];
  spreadsTo: SpreadTarget[];
  descriptors: PainDescriptor[];
  triggers: Trigger[];
  /** The person's own words when `triggers` holds `other`. */
  otherTrigger: string | null;
  relief: ReliefEntry[];
  /** The person's own words when `relief` holds `other`. */
  otherRelief: string | null;
  /** Medication taken, in the person's own words. */
  medication: string | null;
}

export const DETAIL_LIMITS = { otherText: 100, medication: 300 } as const;

/** "How much did it help" is asked again from an hour after the check-in until 12 hours after. */
export const RELIEF_FOLLOW_UP = { afterMinutes: 60, untilHours: 12 } as const;

export const EMPTY_DETAIL: CheckinDetail = {
  regionPain: [],
  spreadsTo: [],
  descriptors: [],
  triggers: [],
  otherTrigger: null,
  relief: [],
  otherRelief: null,
  medication: null,
};

/** True when nothing in the detail was filled in (stored as no detail at all). */
export function isEmptyDetail(detail: CheckinDetail): boolean {
  return (
    detail.regionPain.length === 0 &&
    detail.spreadsTo.length === 0 &&
    detail.descriptors.length === 0 &&
    detail.triggers.length === 0 &&
    detail.relief.length === 0 &&
    !detail.otherTrigger &&
    !detail.otherRelief &&
    !detail.medication
  );
}

/** Why a detail does not fit its check-in: a code and the field it is about. */
export type DetailProblem =
  | { code: 'region_not_chosen'; field: string; region: JournalRegion }
  | { code: 'spread_without_back_or_neck'; field: 'detail.spreadsTo' }
  | { code: 'other_words_without_other'; field: 'detail.otherTrigger' | 'detail.otherRelief' };

/**
 * Problems of a detail given the check-in's areas: a region's own number needs the region chosen,
 * "spreads to" needs back or neck pain, and "other" words need "other" ticked.
 */
export function detailProblems(areas: readonly JournalRegion[], detail: CheckinDetail): DetailProblem[] {
  const problems: DetailProblem[] = [];
  detail.regionPain.forEach(({ region }, index) => {
    if (!areas.includes(region)) problems.push({ code: 'region_not_chosen', field: `detail.regionPain.${index}.region`, region });
  });
  if (detail.spreadsTo.length > 0 && !SPREADING_REGIONS.some((r) => areas.includes(r))) {
    problems.push({ code: 'spread_without_back_or_neck', field: 'detail.spreadsTo' });
  }
  // Blank words are no words (they are stored as none), so they need no "other".
  if (detail.otherTrigger?.trim() && !detail.triggers.includes('other')) {
    problems.push({ code: 'other_words_without_other', field: 'detail.otherTrigger' });
  }
  if (detail.otherRelief?.trim() && !detail.relief.some((r) => r.kind === 'other')) {
    problems.push({ code: 'other_words_without_other', field: 'detail.otherRelief' });
  }
  return problems;
}

/** A check-in whose relief may be asked about again. */
export interface ReliefFollowUpCandidate {
  id: string;
  at: string;
  detail: CheckinDetail | null;
}

/** One check-in whose relief is to be asked about again, and the kinds not yet re-rated. */
export interface ReliefFollowUp {
  checkinId: string;
  kinds: ReliefKind[];
}

/**
 * The check-ins whose relief is asked about again at `now` (an ISO instant): logged between 1 and
 * 12 hours ago, with something tried that has no later rating yet. Newest first.
 */
export function reliefFollowUpsDue(checkins: readonly ReliefFollowUpCandidate[], now: string): ReliefFollowUp[] {
  const nowMs = Date.parse(now);
  const earliest = nowMs - RELIEF_FOLLOW_UP.untilHours * 3_600_000;
  const latest = nowMs - RELIEF_FOLLOW_UP.afterMinutes * 60_000;
  return checkins
    .filter((c) => {
      const at = Date.parse(c.at);
      return at >= earliest && at <= latest;
    })
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
    .map((c) => ({ checkinId: c.id, kinds: (c.detail?.relief ?? []).filter((r) => r.helpedLater === null).map((r) => r.kind) }))
    .filter((f) => f.kinds.length > 0);
}

/** True when any descriptor of the detail is nerve-type. */
export function hasNerveDescriptor(detail: CheckinDetail | null): boolean {
  return (detail?.descriptors ?? []).some((d) => (NERVE_DESCRIPTORS as readonly string[]).includes(d));
}

/**
 * The detail kept when a check-in's areas change without a new detail: a region no longer chosen
 * loses its number, and "spreads to" goes with the last back or neck area. Null when nothing is left.
 */
export function fitDetailToAreas(areas: readonly JournalRegion[], detail: CheckinDetail | null): CheckinDetail | null {
  if (detail === null) return null;
  const spreads = SPREADING_REGIONS.some((r) => areas.includes(r));
  const fitted = {
    ...detail,
    regionPain: detail.regionPain.filter((r) => areas.includes(r.region)),
    spreadsTo: spreads ? detail.spreadsTo : [],
  };
  return isEmptyDetail(fitted) ? null : fitted;
}

/** The detail with its lists in their catalog order, so equal details are stored alike. */
export function normalizeDetail(detail: CheckinDetail): CheckinDetail | null {
  const inOrder = <T extends string>(order: readonly T[], list: readonly T[]) => order.filter((x) => list.includes(x));
  const normalized: CheckinDetail = {
    regionPain: JOURNAL_REGIONS.flatMap((region) => detail.regionPain.filter((r) => r.region === region)),
    spreadsTo: inOrder(SPREAD_TARGETS, detail.spreadsTo),
    descriptors: inOrder(PAIN_DESCRIPTORS, detail.descriptors),
    triggers: inOrder(TRIGGERS, detail.triggers),
    otherTrigger: detail.otherTrigger?.trim() || null,
    relief: RELIEF_KINDS.flatMap((kind) => detail.relief.filter((r) => r.kind === kind)),
    otherRelief: detail.otherRelief?.trim() || null,
    medication: detail.medication?.trim() || null,
  };
  return isEmptyDetail(normalized) ? null : normalized;
}
