/**
 * Which lesson is offered now (issue 14): one every few days in the catalog's order, or sooner one
 * that matters now — the chest-pain lesson after a session stopped for chest pain, the flare lesson
 * after a flare, the nerve-pain lesson when nerve-type words keep coming up. Pure: the service
 * gathers the facts, this decides.
 */
import { addDays, type LocalDate } from '../calendar.js';
import { hasNerveDescriptor, type CheckinDetail } from '../journal/detail.js';
import type { Condition, PainArea } from '../profile.js';
import { LESSON_IDS, type LessonEvent, type LessonId, type LessonOffer } from './catalog.js';

/** One lesson every few days: none by order when one was read this many days ago or less. */
export const LESSON_PACE_DAYS = 3;
/** "Not now" puts a lesson off for this many days. */
export const LESSON_LATER_DAYS = 3;
/** "Not now" puts off the chest-pain lesson after a chest-pain stop for one day only: it matters. */
export const CHEST_PAIN_LATER_DAYS = 1;
/** How far back a session stopped for chest pain leads to the chest-pain lesson. */
export const CHEST_PAIN_WINDOW_DAYS = 14;
/** How far back a flare (a check-in marked flare, or a bad day) leads to the flare lesson. */
export const FLARE_WINDOW_DAYS = 7;
/** The flare lesson read this recently is not offered again after a flare. */
export const FLARE_REREAD_DAYS = 90;
/** How far back nerve-type descriptors are counted. */
export const NERVE_WINDOW_DAYS = 14;
/** Nerve-type descriptors on this many days of the window lead to the nerve-pain lesson. */
export const NERVE_MIN_DAYS = 2;

const DAY_MS = 86_400_000;

/** What the offering rule needs to know about the person, gathered by the service. */
export interface LessonFacts {
  today: LocalDate;
  /** The current instant (ISO). */
  now: string;
  /** The latest day with a flare (a check-in marked flare, or a bad day), or null. */
  latestFlareDay: LocalDate | null;
  /** How many of the last `NERVE_WINDOW_DAYS` days had a nerve-type descriptor. */
  nerveDescriptorDays: number;
  /** When the latest session stopped for chest pain started (ISO), or null. */
  latestChestPainStopAt: string | null;
  conditions: readonly Condition[];
  painAreas: readonly PainArea[];
}

/** What `lessonFactsOf` reads: the person's recent check-ins, bad days and stopped sessions. */
export interface LessonSources {
  today: LocalDate;
  now: string;
  checkins: readonly { localDate: LocalDate; flare: boolean; detail: CheckinDetail | null }[];
  badDays: readonly LocalDate[];
  sessions: readonly { startedAt: string; localDate: LocalDate; stopReason: string | null }[];
  profile: { conditions: readonly Condition[]; painAreas: readonly PainArea[] } | null;
}

/** The facts of the rule from the person's records; anything outside its windows is ignored. */
export function lessonFactsOf(sources: LessonSources): LessonFacts {
  const flareFrom = addDays(sources.today, -(FLARE_WINDOW_DAYS - 1));
  const nerveFrom = addDays(sources.today, -(NERVE_WINDOW_DAYS - 1));
  const chestFrom = addDays(sources.today, -(CHEST_PAIN_WINDOW_DAYS - 1));
  const inWindow = (day: LocalDate, from: LocalDate) => day >= from && day <= sources.today;
  const flareDays = [...sources.checkins.filter((c) => c.flare).map((c) => c.localDate), ...sources.badDays].filter((d) => inWindow(d, flareFrom));
  const nerveDays = new Set(sources.checkins.filter((c) => inWindow(c.localDate, nerveFrom) && hasNerveDescriptor(c.detail)).map((c) => c.localDate));
  const chestStops = sources.sessions.filter((s) => s.stopReason === 'chest_pain' && inWindow(s.localDate, chestFrom)).map((s) => s.startedAt);
  return {
    today: sources.today,
    now: sources.now,
    latestFlareDay: latest(flareDays),
    nerveDescriptorDays: nerveDays.size,
    latestChestPainStopAt: latest(chestStops),
    conditions: sources.profile?.conditions ?? [],
    painAreas: sources.profile?.painAreas ?? [],
  };
}

function latest(values: readonly string[]): string | null {
  return values.reduce<string | null>((max, v) => (max === null || v > max ? v : max), null);
}

/** The lesson offered now, or null. Rules in order: chest pain, flare, nerve words, then the catalog's order. */
export function offerLesson(events: readonly LessonEvent[], facts: LessonFacts): LessonOffer | null {
  const history = historyOf(events, Date.parse(facts.now));
  return offerAfterChestPain(history, facts) ?? offerAfterFlare(history, facts) ?? offerForNerveWords(history, facts) ?? offerNextInOrder(history, facts);
}

/** Questions about the person's lesson events, asked at one instant. */
interface History {
  /** True when the lesson has an event of this kind after `sinceMs` (any time when null). */
  has(lessonId: LessonId, kind: LessonEvent['kind'], sinceMs: number | null): boolean;
  /** The instant `days` days before now. */
  daysAgo(days: number): number;
}

/** Events dated after now (only a crafted import could store one) count for nothing. */
function historyOf(events: readonly LessonEvent[], nowMs: number): History {
  const past = events.filter((e) => Date.parse(e.at) <= nowMs);
  return {
    has: (lessonId, kind, sinceMs) => past.some((e) => e.lessonId === lessonId && e.kind === kind && (sinceMs === null || Date.parse(e.at) > sinceMs)),
    daysAgo: (days) => nowMs - days * DAY_MS,
  };
}

function offerAfterChestPain(history: History, facts: LessonFacts): LessonOffer | null {
  const stopAt = facts.latestChestPainStopAt;
  if (stopAt === null || Date.parse(stopAt) < history.daysAgo(CHEST_PAIN_WINDOW_DAYS)) return null;
  if (history.has('chest_pain', 'read', Date.parse(stopAt))) return null;
  if (history.has('chest_pain', 'later', history.daysAgo(CHEST_PAIN_LATER_DAYS))) return null;
  return { lessonId: 'chest_pain', reason: 'after_chest_pain_stop' };
}

function offerAfterFlare(history: History, facts: LessonFacts): LessonOffer | null {
  const day = facts.latestFlareDay;
  if (day === null || day < addDays(facts.today, -(FLARE_WINDOW_DAYS - 1)) || day > facts.today) return null;
  if (history.has('flare_ups', 'read', history.daysAgo(FLARE_REREAD_DAYS))) return null;
  if (history.has('flare_ups', 'later', history.daysAgo(LESSON_LATER_DAYS))) return null;
  return { lessonId: 'flare_ups', reason: 'after_flare' };
}

function offerForNerveWords(history: History, facts: LessonFacts): LessonOffer | null {
  if (facts.nerveDescriptorDays < NERVE_MIN_DAYS) return null;
  if (history.has('nerve_pain_journal', 'read', null)) return null;
  if (history.has('nerve_pain_journal', 'later', history.daysAgo(LESSON_LATER_DAYS))) return null;
  return { lessonId: 'nerve_pain_journal', reason: 'nerve_descriptors' };
}

function offerNextInOrder(history: History, facts: LessonFacts): LessonOffer | null {
  const paceFrom = history.daysAgo(LESSON_PACE_DAYS);
  if (LESSON_IDS.some((id) => history.has(id, 'read', paceFrom))) return null;
  const next = LESSON_IDS.find(
    (id) => isRelevantByOrder(id, facts) && !history.has(id, 'read', null) && !history.has(id, 'later', history.daysAgo(LESSON_LATER_DAYS)),
  );
  return next ? { lessonId: next, reason: 'next_in_order' } : null;
}

/** Back pain: the intake's back areas or chronic low back pain. */
function hasBackPain(facts: LessonFacts): boolean {
  return facts.painAreas.includes('lower_back') || facts.painAreas.includes('upper_back') || facts.conditions.includes('chronic_low_back_pain');
}

/** Whether a lesson is offered in the catalog's order to this person (the others wait for a reason). */
export function isRelevantByOrder(lessonId: LessonId, facts: LessonFacts): boolean {
  switch (lessonId) {
    case 'tracking_back_pain':
      return hasBackPain(facts);
    case 'nerve_pain_journal':
      return facts.conditions.includes('neuropathic_pain') || facts.nerveDescriptorDays > 0;
    case 'crps':
      return facts.conditions.includes('crps');
    case 'hernia':
      return false;
    default:
      return true;
  }
}

/** One lesson read: when first and last. */
export interface LessonRead {
  lessonId: LessonId;
  firstReadAt: string;
  lastReadAt: string;
}

/** The lessons read, in the catalog's order, each with its first and last read. */
export function summarizeReads(events: readonly LessonEvent[]): LessonRead[] {
  return LESSON_IDS.flatMap((lessonId) => {
    const times = events.filter((e) => e.lessonId === lessonId && e.kind === 'read').map((e) => e.at).sort();
    const first = times[0];
    const last = times[times.length - 1];
    return first !== undefined && last !== undefined ? [{ lessonId, firstReadAt: first, lastReadAt: last }] : [];
  });
}
