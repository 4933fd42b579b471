/**
 * How the page lays out the server's patterns: which section each belongs to, how it stands
 * (claimed, unclear, waiting for data), its size in words, and where its 95 % interval sits on
 * a shared scale of pain points. Pure: the claim itself is decided on the server, never here.
 */
import type { Pattern, PatternCode } from '../../../core/insights/index.js';

/** The page's sections of patterns, in reading order. */
export const PATTERN_SECTIONS = ['sessions', 'nextDay', 'sleep', 'timeOfDay'] as const;
/** One section. */
export type PatternSection = (typeof PATTERN_SECTIONS)[number];

const SECTION_OF = {
  session_effect: 'sessions',
  session_effect_pillar: 'sessions',
  next_day_activity: 'nextDay',
  next_day_over_quota: 'nextDay',
  sleep_pain: 'sleep',
  time_of_day: 'timeOfDay',
} as const satisfies Record<PatternCode, PatternSection>;

/** Claimed by the server; compared but with no clear link; or not yet comparable. */
export type PatternStanding = 'claimed' | 'unclear' | 'waiting';

/** The size of an effect for words: its direction, its size and interval rounded to 0.1. */
export interface EffectView {
  direction: 'lower' | 'higher' | 'same';
  size: number;
  low: number;
  high: number;
}

/** What the count `n` counts for a pattern. */
export type CountUnit = 'sessions' | 'checkins' | 'days';

const round1 = (x: number) => Math.round(x * 10) / 10 + 0;

/** The patterns of each section, in the server's order. */
export function groupPatterns(patterns: readonly Pattern[]): Record<PatternSection, Pattern[]> {
  const groups: Record<PatternSection, Pattern[]> = {
    sessions: [],
    nextDay: [],
    sleep: [],
    timeOfDay: [],
  };
  for (const pattern of patterns) groups[SECTION_OF[pattern.code]].push(pattern);
  return groups;
}

/** How a pattern stands; only the server's `claimed` makes a claim. */
export function standingOf(pattern: Pattern): PatternStanding {
  if (pattern.claimed) return 'claimed';
  return pattern.effect === null || pattern.ci === null ? 'waiting' : 'unclear';
}

/** The effect in words-ready numbers, or null when there is none to show. */
export function effectView(pattern: Pattern): EffectView | null {
  if (pattern.effect === null || pattern.ci === null) return null;
  const effect = round1(pattern.effect);
  const direction = effect === 0 ? 'same' : effect < 0 ? 'lower' : 'higher';
  return {
    direction,
    size: Math.abs(effect),
    low: round1(pattern.ci[0]),
    high: round1(pattern.ci[1]),
  };
}

/** What `n` counts: sessions for sessions, check-ins for the time of day, days otherwise. */
export function countUnitOf(code: PatternCode): CountUnit {
  if (code === 'session_effect' || code === 'session_effect_pillar') return 'sessions';
  return code === 'time_of_day' ? 'checkins' : 'days';
}

/**
 * The half-width of the shared scale, in whole pain points: at least 2 (the size people call
 * meaningful), wide enough for every interval on the page, so bars can be compared.
 */
export function intervalScale(patterns: readonly Pattern[]): number {
  const ends = patterns.flatMap((p) => (p.ci ? [Math.abs(p.ci[0]), Math.abs(p.ci[1])] : []));
  return Math.min(10, Math.max(2, Math.ceil(Math.max(0, ...ends))));
}

/** Where a value sits on the scale from −`half` to +`half`, as a percentage of its width. */
export function positionOf(value: number, half: number): number {
  const clamped = Math.min(half, Math.max(-half, value));
  return round1(((clamped + half) / (2 * half)) * 100);
}
