/**
 * Every sentence the insights show, in one English catalog. Plain and kind: a pattern is "linked
 * with", never more (CLINICAL.md §5); each says its size, its 95 % interval and the days behind
 * it; when nothing is clear it says so and what would help; a week of fewer sessions is
 * information, never a failure, so no sentence counts what was not done.
 */
import type { Pillar } from '../library/exercise.js';
import type { Comparison, Need } from './comparison.js';
import { roundTo } from './stats.js';
import type { PartOfDay, PatternCode } from './types.js';

const PILLAR_WORDS: Record<Pillar, string> = {
  stretching: 'stretching',
  aerobic: 'aerobic exercise',
  strengthening: 'strengthening',
  mind_body: 'mind-body practice',
};

const PART_WORDS: Record<PartOfDay, string> = {
  morning: 'in the morning',
  midday: 'around midday',
  evening: 'in the evening',
  night: 'at night',
};

const one = (x: number) => roundTo(Math.abs(x), 1).toFixed(1);
const points = (x: number) => `${one(x)} ${one(x) === '1.0' ? 'point' : 'points'}`;
const plural = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;

/** "0.7 to 1.3 points lower", or "from 0.3 lower to 0.9 higher" when the interval spans zero. */
export function describeInterval(low: number, high: number): string {
  if (high < 0) return `${one(high)} to ${one(low)} points lower`;
  if (low > 0) return `${one(low)} to ${one(high)} points higher`;
  return `from ${one(low)} lower to ${one(high)} higher`;
}

/** "1.0 point lower than", "0.4 points higher than", or "about the same as". */
function sizeAndDirection(effect: number): string {
  if (one(effect) === '0.0') return 'about the same as';
  return `${points(effect)} ${effect < 0 ? 'lower' : 'higher'} than`;
}

function meaningfulSentence(isMeaningful: boolean): string {
  return isMeaningful
    ? ' A change of this size is one people usually call meaningful (2 points or 30 % or more).'
    : ' People usually call a change meaningful from 2 points or 30 %.';
}

/** How each comparison names its groups and its topic. */
interface Wording {
  topic: string;
  /** "Pain on the day after active days was", with the reference group after "than". */
  lead: string;
  reference: string;
  /** "(30 after active days, 18 after rest days)" */
  groups: (a: number, b: number) => string;
  /** The closing sentence of a claim, by direction. */
  linked: { lower: string; higher: string };
  more: string;
}

const MORE_DAYS = 'More days of check-ins will make this clearer.';

function sessionWording(c: Comparison): Wording {
  const subject = sessionSubject(c);
  return {
    topic: `${subject} and pain right after`,
    lead: `Your pain after ${subject} was on average`,
    reference: 'before',
    groups: () => '',
    linked: {
      lower: `${capital(subject)} are linked with lower pain right after.`,
      higher: `${capital(subject)} are linked with a rise in pain right after; a rise that settles by the next day is expected soreness, not a flare.`,
    },
    more: 'More sessions with pain noted before and after will make this clearer.',
  };
}

function activityWording(c: Comparison): Wording {
  const active = c.isWithinPlan ? 'active days within your plan' : 'active days';
  return {
    topic: "activity and the next day's pain",
    lead: `Pain on the day after ${active} was on average`,
    reference: 'after rest days',
    groups: (a, b) => ` (${a} after ${active}, ${b} after rest days)`,
    linked: {
      lower: 'Activity is linked with less pain the next day.',
      higher: 'Activity is linked with more pain the next day.',
    },
    more: MORE_DAYS,
  };
}

const OVER_QUOTA_WORDING: Wording = {
  topic: "going above your plan and the next day's pain",
  lead: 'Pain on the day after days above your plan (more than 150 % of the planned minutes) was on average',
  reference: 'after days within it',
  groups: (a, b) => ` (${a} after days above, ${b} after days within)`,
  linked: {
    lower: 'Going above the plan is linked with less pain the next day.',
    higher:
      'Going well above the plan is linked with more pain the next day; pacing suggests keeping to the plan on good days too.',
  },
  more: MORE_DAYS,
};

const SLEEP_WORDING: Wording = {
  topic: 'sleep and pain',
  lead: 'On days after a poor night (sleep rated 4 or less), pain was on average',
  reference: 'after better nights',
  groups: (a, b) => ` (${a} after poor nights, ${b} after better nights)`,
  linked: {
    lower: 'Poor sleep is linked with less pain the same day.',
    higher: 'Poor sleep is linked with more pain the same day.',
  },
  more: 'More check-ins with a sleep score will make this clearer.',
};

function timeOfDayWording(c: Comparison): Wording {
  const [low, high] = c.parts ?? ['morning', 'evening'];
  const lowest = `Your pain tends to be lowest ${PART_WORDS[low]}.`;
  return {
    topic: 'the time of day and pain',
    lead: `Your pain ${PART_WORDS[low]} was on average`,
    reference: PART_WORDS[high],
    groups: (a, b) => ` (${a} ${PART_WORDS[low]}, ${b} ${PART_WORDS[high]})`,
    linked: { lower: lowest, higher: lowest },
    more: 'Check-ins at different times of day will make this clearer.',
  };
}

const WORDINGS: Record<PatternCode, (c: Comparison) => Wording> = {
  session_effect: sessionWording,
  session_effect_pillar: sessionWording,
  next_day_activity: activityWording,
  next_day_over_quota: () => OVER_QUOTA_WORDING,
  sleep_pain: () => SLEEP_WORDING,
  time_of_day: timeOfDayWording,
};

function wordingOf(c: Comparison): Wording {
  return WORDINGS[c.code](c);
}

function sessionSubject(c: Comparison): string {
  return c.pillar ? `sessions with ${PILLAR_WORDS[c.pillar]}` : 'sessions';
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function countsPhrase(c: Comparison, w: Wording): string {
  const isSessions = c.code === 'session_effect' || c.code === 'session_effect_pillar';
  if (isSessions) return plural(c.n, 'session');
  const unit = c.code === 'time_of_day' ? 'check-in' : 'day';
  return `${plural(c.n, unit)}${c.groups ? w.groups(c.groups.a, c.groups.b) : ''}`;
}

/** How a tested comparison came out: claimed, clear of zero but too small, or unclear. */
export type Verdict = 'claimed' | 'too_small' | 'unclear';

/** The sentence of one pattern: a claim, a difference too small, "no clear link yet", or a need. */
export function patternMessage(c: Comparison, verdict: Verdict, isMeaningful: boolean): string {
  const w = wordingOf(c);
  if (!c.estimate) return needMessage(c, c.need ?? { kind: 'more_days' });
  const { estimate: effect, low, high } = c.estimate;
  const adjusted = c.code === 'time_of_day' ? ', widened for comparing every part of the day' : '';
  const numbers = `${sizeAndDirection(effect)} ${w.reference} (95 % interval ${describeInterval(low, high)}${adjusted}), over ${countsPhrase(c, w)}.`;
  switch (verdict) {
    case 'claimed':
      return `${w.lead} ${numbers} ${effect < 0 ? w.linked.lower : w.linked.higher}${meaningfulSentence(isMeaningful)}`;
    case 'too_small':
      return `${w.lead} ${numbers} A difference this small is below what people usually notice, so Pacewise does not count it as a link.`;
    case 'unclear':
      return `No clear link yet between ${w.topic}. ${w.lead} ${numbers} ${w.more}`;
  }
}

function needMessage(c: Comparison, need: Need): string {
  switch (need.kind) {
    case 'sessions':
      return `To see how ${sessionSubject(c)} go, Pacewise needs at least 5 with pain noted before and after: ${need.have === 0 ? 'none' : need.have} so far.`;
    case 'groups':
      return groupsNeedMessage(c, need.a, need.b);
    case 'plan':
      return 'To compare days above and within your plan, Pacewise needs your planned minutes for each day.';
    case 'parts': {
      const counts = Object.entries(need.counts).map(
        ([part, n]) => `${n} ${PART_WORDS[part as PartOfDay]}`,
      );
      const sofar = counts.length > 0 ? `so far ${counts.join(', ')}` : 'none so far';
      return `To compare times of day, Pacewise needs at least 5 check-ins in each of two parts of the day: ${sofar}.`;
    }
    case 'more_days':
      return `To look at ${wordingOf(c).topic}, Pacewise needs a few more days of check-ins.`;
  }
}

function groupsNeedMessage(c: Comparison, a: number, b: number): string {
  switch (c.code) {
    case 'next_day_over_quota':
      return `To compare the day after days above your plan with the day after days within it, Pacewise needs at least 5 of each with a check-in: so far ${a} above and ${b} within.`;
    case 'sleep_pain':
      return `To compare pain after poor nights (sleep rated 4 or less) and better nights, Pacewise needs at least 5 of each: so far ${a} poor and ${b} better.`;
    default:
      return `To compare the day after active days with the day after rest days, Pacewise needs at least 5 of each with a check-in: so far ${a} after active days and ${b} after rest days.`;
  }
}

/** Everything the insights say outside the patterns. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const MESSAGES = {
  needCheckins: (have: number, required: number) =>
    `Insights start after ${required} days of check-ins: ${required - have} more to go.`,
  note: 'These patterns come from your own journal. They show what tends to go together, not what leads to what: take them as hints to talk over with your clinician.',
  consistencyWeek: (done: number, planned: number | null, weekStart: string) => {
    const [, month, day] = weekStart.split('-').map(Number) as [number, number, number];
    const when = `Week of ${day} ${MONTHS[month - 1] ?? ''}`;
    return planned === null
      ? `${when}: ${plural(done, 'session')} logged.`
      : `${when}: ${plural(done, 'session')} logged, ${planned} planned.`;
  },
  pegNone:
    'Answer the three PEG questions once a week to see how pain and daily life move together.',
  pegOne: 'One PEG score so far. From next week you will see how it moves.',
  pegTrend: (last: number, fromFirst: number, isMeaningful: boolean) =>
    `Your latest PEG score is ${last.toFixed(2)}, ${fromFirst === 0 ? 'the same as' : `${Math.abs(fromFirst).toFixed(2)} ${fromFirst < 0 ? 'lower' : 'higher'} than`} your first (lower is better).${
      isMeaningful
        ? ' A change of this size is one people usually call meaningful (about 1 point or 30 %).'
        : ''
    }`,
} as const;
