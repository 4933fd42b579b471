/**
 * Links between a day and its pain, in one regression of daily pain with AR(1) errors
 * (regression.ts): the night's sleep (poor, 4 or less, vs better), and the day before — active vs
 * rest, and above vs within quota (more than 150 % of the planned minutes; CLINICAL.md §3).
 * One model, so each link is measured with the others held fixed and their noise taken out.
 * Days without a sleep score, and active days without a plan, get their own term: they are
 * neither group and do not blur either.
 */
import { MIN_PER_GROUP, type Comparison } from './comparison.js';
import type { Journal, JournalDay } from './daily.js';
import { fitAr1Regression, type SeriesRow } from './regression.js';
import { mean } from './stats.js';

/** A night with sleep rated 4 or less out of 10 is a poor night. */
export const POOR_SLEEP_AT_MOST = 4;

interface DayFacts {
  t: number;
  pain: number;
  sleep: 'poor' | 'better' | null;
  before: 'rest' | 'within' | 'over' | 'no_plan';
}

/** Each day with pain whose day before is in range, with what the day and the day before held. */
function dayFacts(days: readonly JournalDay[]): DayFacts[] {
  const facts: DayFacts[] = [];
  for (let t = 1; t < days.length; t++) {
    const day = days[t]!;
    const pain = day.scales.pain;
    if (pain === null) continue;
    const sleep = day.scales.sleep;
    facts.push({
      t,
      pain,
      sleep: sleep === null ? null : sleep <= POOR_SLEEP_AT_MOST ? 'poor' : 'better',
      before: activityOf(days[t - 1]!),
    });
  }
  return facts;
}

function activityOf(day: JournalDay): DayFacts['before'] {
  if (day.sessions === 0) return 'rest';
  if (day.overQuota === null) return 'no_plan';
  return day.overQuota ? 'over' : 'within';
}

/** A regressor: its value on a day, and the contrast it reports (none when it only adjusts). */
interface Term {
  value: (f: DayFacts) => number;
  report?: { code: Comparison['code']; a: DayFacts[]; b: DayFacts[] };
}

/** The days in each group. When booms are compared, "active" means active within quota. */
function groupsOf(facts: readonly DayFacts[], hasPlan: boolean) {
  const having = (test: (f: DayFacts) => boolean) => facts.filter(test);
  const over = having((f) => f.before === 'over');
  const within = having((f) => f.before === 'within');
  const isOverTested = hasPlan && enough(over, within);
  return {
    poor: having((f) => f.sleep === 'poor'),
    better: having((f) => f.sleep === 'better'),
    over,
    within,
    isOverTested,
    active: having((f) => (isOverTested ? f.before === 'within' : f.before !== 'rest')),
    rest: having((f) => f.before === 'rest'),
  };
}

/** The terms the data support: a contrast enters only with 5 days or more in each group. */
function chooseTerms(facts: readonly DayFacts[], hasPlan: boolean) {
  const g = groupsOf(facts, hasPlan);
  const terms: Term[] = [];
  const waiting: Comparison[] = [];
  const add = (code: Comparison['code'], a: DayFacts[], b: DayFacts[], value: Term['value']) => {
    if (enough(a, b)) terms.push({ value, report: { code, a, b } });
    else waiting.push(needGroups(code, a.length, b.length));
  };
  add('next_day_activity', g.active, g.rest, (f) => (f.before === 'rest' ? 0 : 1));
  if (hasPlan) add('next_day_over_quota', g.over, g.within, (f) => (f.before === 'over' ? 1 : 0));
  else
    waiting.push({
      code: 'next_day_over_quota',
      n: 0,
      estimate: null,
      baseline: 0,
      need: { kind: 'plan' },
    });
  if (g.isOverTested && facts.some((f) => f.before === 'no_plan')) {
    terms.push({ value: (f) => (f.before === 'no_plan' ? 1 : 0) });
  }
  add('sleep_pain', g.poor, g.better, (f) => (f.sleep === 'poor' ? 1 : 0));
  if (enough(g.poor, g.better) && facts.some((f) => f.sleep === null)) {
    terms.push({ value: (f) => (f.sleep === null ? 1 : 0) });
  }
  return { terms, waiting, isOverTested: g.isOverTested };
}

function enough(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length >= MIN_PER_GROUP && b.length >= MIN_PER_GROUP;
}

function needGroups(code: Comparison['code'], a: number, b: number): Comparison {
  return {
    code,
    n: a + b,
    groups: { a, b },
    estimate: null,
    baseline: 0,
    need: { kind: 'groups', a, b },
  };
}

/** Next-day activity, next-day over quota and sleep-pain comparisons of a journal. */
export function compareDays(journal: Journal): Comparison[] {
  const facts = dayFacts(journal.days);
  const hasPlan = journal.days.some((d) => d.hasPlan);
  const { terms, waiting, isOverTested } = chooseTerms(facts, hasPlan);
  const reported = terms.flatMap((term, i) =>
    term.report ? [{ index: i + 1, ...term.report }] : [],
  );
  if (reported.length === 0) return waiting;
  const rows: SeriesRow[] = facts.map((f) => ({
    t: f.t,
    y: f.pain,
    x: [1, ...terms.map((term) => term.value(f))],
  }));
  const fit = fitAr1Regression(
    rows,
    reported.map((r) => r.index),
  );
  const tested = reported.map((r, i): Comparison => {
    const head = {
      code: r.code,
      n: r.a.length + r.b.length,
      groups: { a: r.a.length, b: r.b.length },
    };
    const estimate = fit?.estimates[i] ?? null;
    if (!estimate) return { ...head, estimate: null, baseline: 0, need: { kind: 'more_days' } };
    const isWithinPlan = r.code === 'next_day_activity' && isOverTested;
    return {
      ...head,
      estimate,
      baseline: mean(r.b.map((f) => f.pain)),
      ...(isWithinPlan ? { isWithinPlan } : {}),
    };
  });
  return [...tested, ...waiting];
}
