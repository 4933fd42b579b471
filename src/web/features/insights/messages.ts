/**
 * Words of the insights page. Patterns are "linked with", never more (CLINICAL.md §5); a week of
 * fewer sessions is information, never a failure. The sentences of each pattern, the needs, the
 * consistency weeks and the PEG summary come from the server; these words frame them.
 */
import type {
  LinkHeadline,
  PainHeadline,
  PartOfDay,
  PatternCode,
  TrendScale,
  WeekChange,
} from '../../../core/insights/index.js';
import { journalMessages } from './journal-messages.js';
import type { Pillar } from '../../../core/library/exercise.js';
import type { CountUnit, EffectView, PatternStanding } from './pattern-view.js';

const listWords = (items: string[]) =>
  new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
const one = (x: number) => Math.abs(x).toFixed(1);
const points = (x: number) => `${one(x)} ${one(x) === '1.0' ? 'point' : 'points'}`;
const count = (n: number, unit: CountUnit) => {
  const words = {
    sessions: ['session', 'sessions'],
    checkins: ['check-in', 'check-ins'],
    days: ['day', 'days'],
  };
  return `${n} ${words[unit][n === 1 ? 0 : 1]}`;
};
const signed = (x: number) =>
  x > 0 ? `+${x.toFixed(2)}` : x < 0 ? `−${Math.abs(x).toFixed(2)}` : '0.00';

/** "between 0.6 and 1.4 lower", or "from 0.3 lower to 0.9 higher" when the interval spans zero. */
function intervalWords(low: number, high: number): string {
  if (low === 0 && high === 0) return 'about the same';
  if (high <= 0) return `between ${one(high)} and ${one(low)} lower`;
  if (low >= 0) return `between ${one(low)} and ${one(high)} higher`;
  return `from ${one(low)} lower to ${one(high)} higher`;
}

const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

const CHANGE_WORDS: Record<WeekChange, string> = {
  about_same: 'about the same as',
  a_little_lower: 'a little lower than',
  a_little_higher: 'a little higher than',
  clearly_lower: 'clearly lower than',
  clearly_higher: 'clearly higher than',
};

const CHANGE_NOTE: Record<WeekChange, string> = {
  about_same: '',
  a_little_lower: ' A change this small can be everyday ups and downs.',
  a_little_higher: ' A change this small can be everyday ups and downs.',
  clearly_lower: ' A change this size is one people usually notice.',
  clearly_higher: ' A change this size is one people usually notice. Your flare plan and your clinician can help.',
};

const PILLAR_SESSIONS: Record<Pillar, string> = {
  stretching: 'Sessions with stretching',
  aerobic: 'Sessions with aerobic exercise',
  strengthening: 'Sessions with strengthening',
  mind_body: 'Sessions with mind-body practice',
};

const PART_WORDS: Record<PartOfDay, string> = {
  morning: 'in the morning',
  midday: 'around midday',
  evening: 'in the evening',
  night: 'at night',
};

const VERDICT: Record<PatternCode, { lower: string; higher: string }> = {
  session_effect: { lower: 'Pain is usually lower right after.', higher: 'Pain is often a little higher right after; soreness that settles by the next day is expected.' },
  session_effect_pillar: { lower: 'Pain is usually lower right after.', higher: 'Pain is often a little higher right after; soreness that settles by the next day is expected.' },
  next_day_activity: { lower: 'Less pain the next day.', higher: 'More pain the next day.' },
  next_day_over_quota: { lower: 'Less pain the next day.', higher: 'More pain the next day: keeping to the plan on good days helps.' },
  sleep_pain: { lower: 'Less pain that day.', higher: 'More pain that day.' },
  time_of_day: { lower: 'Pain tends to be lower at the first of the two.', higher: 'Pain tends to be lower at the first of the two.' },
};

/** The claimed link as one plain sentence. */
function linkWords(l: LinkHeadline): string {
  const more = l.direction === 'lower' ? 'less' : 'more';
  switch (l.code) {
    case 'session_effect':
    case 'session_effect_pillar': {
      const who = l.pillar ? PILLAR_SESSIONS[l.pillar] : 'Your sessions';
      return l.direction === 'lower'
        ? `${who} go with lower pain right after.`
        : `${who} go with a little more pain right after, which usually settles by the next day.`;
    }
    case 'next_day_activity':
      return `Active days go with ${more} pain the next day.`;
    case 'next_day_over_quota':
      return `Days above your plan go with ${more} pain the next day.`;
    case 'sleep_pain':
      return `After a poor night, your pain tends to be ${l.direction}.`;
    case 'time_of_day':
      return `Your pain tends to be lowest ${PART_WORDS[l.parts?.[0] ?? 'morning']}.`;
  }
}

const PARTS: Record<PartOfDay, string> = {
  morning: 'Morning',
  midday: 'Midday',
  evening: 'Evening',
  night: 'Night',
};

export const insightsMessages = {
  en: {
    title: 'Insights',
    intro: 'What your own check-ins and sessions show. A link is only called one when it holds up.',
    range: {
      legend: 'Show the last',
      option: (days: number) => `${days} days`,
      showing: (from: string, to: string) => `From ${from} to ${to}.`,
    },
    print: 'Print or save as PDF',
    headline: {
      heading: 'What changed',
      pain: (h: PainHeadline) => {
        switch (h.code) {
          case 'weeks_compared':
            return `Your pain this week averaged ${num(h.thisWeek)}, ${CHANGE_WORDS[h.change]} last week’s ${num(h.lastWeek)}.${CHANGE_NOTE[h.change]}`;
          case 'this_week_only':
            return `Your pain this week averaged ${num(h.thisWeek)}. Last week had too few check-ins to compare with.`;
          case 'too_few_checkins':
            return h.days === 0
              ? `No check-ins this week yet, so it is too soon to say what changed. Check-ins on ${days(h.more)} will do.`
              : `Too few check-ins yet to say what changed this week: ${h.more} more ${h.more === 1 ? 'day' : 'days'} will do.`;
        }
      },
      link: (l: LinkHeadline) => `${linkWords(l)} Take it as a hint to talk over, not proof.`,
    },
    findings: {
      heading: 'What goes with your pain',
      intro: 'From your own journal. More check-ins make each line surer.',
      verdict: (code: PatternCode, standing: PatternStanding, direction: 'lower' | 'higher' | 'same') =>
        standing === 'waiting'
          ? 'Not enough to compare yet.'
          : standing === 'unclear'
            ? 'No clear link yet.'
            : VERDICT[code][direction === 'higher' ? 'higher' : 'lower'],
    },
    fold: {
      summary: 'Show the numbers',
      intro: 'Averages, the range each link likely falls in, week-by-week tables and the weekly questions.',
    },
    needs: {
      heading: 'Patterns are on their way',
      body: 'Until then, here are your trends. Every check-in helps, even a quick one.',
      checkin: 'Check in now',
    },
    trends: {
      heading: 'Trends',
      painHeading: 'Your pain',
      otherHeading: 'Sleep, mood and more',
      intro:
        'Averages over the last 7 and 28 days, so one hard day does not take over the picture. These describe; they do not compare.',
      scales: {
        pain: 'Pain',
        sleep: 'Sleep',
        mood: 'Mood',
        energy: 'Energy',
        stiffness: 'Stiffness',
        stress: 'Stress',
      } satisfies Record<TrendScale, string>,
      directions: { higher_is_better: 'higher is better', higher_is_worse: 'lower is better' },
      legendDay: 'Each day',
      legend7: '7-day average',
      legend28: '28-day average',
      legendFlare: 'Flare-up day',
      noData: (scales: string[]) =>
        `No ${listWords(scales.map((name) => name.toLowerCase()))} scores in this range yet. You can add them under “Add more detail” when you check in.`,
      direction: (direction: string) => `0 to 10, ${direction}.`,
      notEnough: 'Not enough days rated for an average yet: a 7-day average needs 4 of the 7 days.',
      latest7: (value: number, day: string) =>
        `Latest 7-day average: ${value.toFixed(1)} (${day}).`,
      latest28: (value: number, day: string) =>
        `Latest 28-day average: ${value.toFixed(1)} (${day}).`,
      earlier: (value: number, day: string) => `It was ${value.toFixed(1)} on ${day}.`,
      rated: (n: number, flares: number | null) =>
        `Rated on ${n} ${n === 1 ? 'day' : 'days'} in this range${flares === null ? '' : flares === 0 ? '; no flare-up days' : `; ${flares} flare-up ${flares === 1 ? 'day' : 'days'}`}.`,
      tableSummary: (scale: string) => `The numbers behind the ${scale.toLowerCase()} chart`,
      table: {
        caption: (scale: string) => `${scale}: averages week by week, newest first`,
        weekEnd: 'Week ending',
        mean7: '7-day average',
        mean28: '28-day average',
        flares: 'Flare-up days',
        none: 'Not enough days',
      },
    },
    patterns: {
      standing: {
        claimed: 'A clear link',
        unclear: 'No clear link yet',
        waiting: 'Not enough to compare yet',
      } satisfies Record<PatternStanding, string>,
      meaningful: 'Big enough to notice',
      waiting: (n: number, unit: CountUnit) => `So far ${count(n, unit)} to compare.`,
      effect: (view: EffectView, n: number, unit: CountUnit) =>
        view.direction === 'same'
          ? `Pain about the same (likely ${intervalWords(view.low, view.high)}), from ${count(n, unit)}.`
          : `Pain about ${points(view.size)} ${view.direction} (likely ${intervalWords(view.low, view.high)}), from ${count(n, unit)}.`,
      scale: { lower: 'Lower pain', zero: 'No difference', higher: 'Higher pain' },
    },
    sections: {
      sessions: {
        heading: 'What sessions do',
        intro: 'Pain right after a session, compared with just before it.',
      },
      nextDay: {
        heading: 'The next day',
        intro: 'Pain on the day after active days, compared with the day after other days.',
      },
      sleep: {
        heading: 'Sleep and pain',
        intro:
          'Pain on days after a poor night (sleep 4 or less), compared with after better nights.',
      },
      timeOfDay: {
        heading: 'Time of day',
        intro: 'Your average pain at different times of day, from when you checked in.',
      },
    },
    patternTitle: {
      session_effect: 'All sessions',
      session_effect_pillar: (pillar: Pillar) =>
        ({
          stretching: 'Sessions with stretching',
          aerobic: 'Sessions with aerobic exercise',
          strengthening: 'Sessions with strengthening',
          mind_body: 'Sessions with mind-body practice',
        })[pillar],
      next_day_activity: 'After active days',
      next_day_over_quota: 'After days above your plan',
      sleep_pain: 'After a poor night',
      time_of_day: (low: PartOfDay, high: PartOfDay) =>
        `${PARTS[low]} compared with ${PARTS[high].toLowerCase()}`,
    },
    parts: {
      caption: 'Average pain by time of day',
      part: 'Time of day',
      mean: 'Average pain',
      n: 'Check-ins',
      none: 'None',
      lowest: 'lowest',
      names: {
        morning: 'Morning (5 to 10 h)',
        midday: 'Midday (11 to 16 h)',
        evening: 'Evening (17 to 21 h)',
        night: 'Night (22 to 4 h)',
      } satisfies Record<PartOfDay, string>,
    },
    consistency: {
      heading: 'Week by week',
      intro:
        'Sessions you logged each week, next to what your plan suggested. This is information for you and your therapist, not a score.',
      caption: 'Sessions by week, newest first',
      week: 'Week of',
      done: 'Logged',
      planned: 'Planned',
      noPlan: 'No plan saved',
      noPlans: 'No plan was saved for these weeks, so the table shows the sessions you logged.',
      empty: 'No sessions or plans in this range yet.',
    },
    peg: {
      heading: 'Weekly PEG',
      intro:
        'Three questions once a week about pain and daily life (the PEG). Its score runs from 0 to 10; lower is better. A change of about 1 point or 30\u00a0% is one people usually notice.',
      answer: 'Answer them with your next check-in',
      legendScore: 'Weekly score',
      legendMark: 'A meaningful change from the week before',
      caption: 'PEG score by week, newest first',
      week: 'Week of',
      score: 'Score',
      fromPrevious: 'Change from the week before',
      fromFirst: 'Change from the first week',
      change: (change: number | null, mark: 'better' | 'worse' | null) =>
        change === null
          ? 'First week'
          : `${signed(change)}${mark === 'better' ? ' (better: a meaningful change)' : mark === 'worse' ? ' (worse: a meaningful change)' : ''}`,
    },
    journal: journalMessages,
  },
};
