/**
 * The numbers behind "How your plan grows": the behaviours a person can try, and a simulation's
 * answer turned into chart series, table rows, a summary and the changes worth telling.
 */
import type { Profile } from '../../../contract/profile.js';
import type { SimulationRequest, SimulationResponse } from '../../../contract/plan.js';

/** The behaviours a person can try. */
export const SCENARIOS = ['calm', 'missSome', 'flare', 'overdo'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** How many weeks the page shows. */
export const GROWTH_WEEKS = 12;
/** A usual pain above this would make every day a gentle day; the illustration stays below it. */
const HIGHEST_USUAL_PAIN = 6;
// Days count from 1, the first Monday: Wednesday of week 3; Tuesdays of weeks 2 and 4.
const FLARE_DAY = 17;
const OVERDO_DAYS = [9, 23];

type Behaviour = SimulationRequest['behaviour'];

/** The behaviour of a scenario for this person: calm means pain stays at their usual level. */
export function behaviourFor(scenario: Scenario, profile: Profile): Behaviour {
  const calm: Behaviour = { adherence: 1, painBefore: Math.min(profile.painToday, HIGHEST_USUAL_PAIN), painAfterChange: 0 };
  switch (scenario) {
    case 'calm':
      return calm;
    case 'missSome':
      return { ...calm, adherence: 0.6 };
    case 'flare':
      return { ...calm, flareOnDays: [FLARE_DAY] };
    case 'overdo':
      return { ...calm, overdoOnDays: OVERDO_DAYS, flareOnDays: OVERDO_DAYS.map((d) => d + 1) };
  }
}

/** The request for a scenario. */
export function growthRequest(scenario: Scenario, profile: Profile): SimulationRequest {
  return { profile, weeks: GROWTH_WEEKS, behaviour: behaviourFor(scenario, profile), seed: 0 };
}

type Weeks = Extract<SimulationResponse, { status: 'ok' }>['weeks'];

/** One row of the week-by-week table. */
export interface WeekRow {
  week: number;
  minutes: number;
  activeDays: number;
  gentleDays: number;
}

/** The table's rows: planned minutes of each week, its days with sessions, its flare days. */
export function weekRows(weeks: Weeks): WeekRow[] {
  return weeks.map((week) => ({
    week: week.week,
    minutes: week.days.reduce((sum, day) => sum + day.plannedMinutes, 0),
    activeDays: week.days.filter((day) => day.plannedMinutes > 0).length,
    gentleDays: week.days.filter((day) => day.mode === 'flare').length,
  }));
}

/** The chart's series: day index, minutes planned (gaps on rest days), the person's time a day. */
export function growthChartData(weeks: Weeks, minutesPerDay: number): [number[], (number | null)[], number[]] {
  const days = weeks.flatMap((week) => week.days);
  return [
    days.map((_day, index) => index),
    days.map((day) => (day.plannedMinutes > 0 ? day.plannedMinutes : null)),
    days.map(() => minutesPerDay),
  ];
}

/** The days (by index) pacing spent in flare mode, to shade on the chart. */
export function flareDayIndexes(weeks: Weeks): number[] {
  return weeks.flatMap((week) => week.days).flatMap((day, index) => (day.mode === 'flare' ? [index] : []));
}

/** True for a change worth telling: an amount that moved, or a boom-bust notice (holds are not news). */
function isNews(change: Weeks[number]['changes'][number]): boolean {
  return change.code === 'boom_bust_noticed' || (change.from !== change.to && !change.code.startsWith('hold_'));
}

/** The changes worth telling, by week: every amount that moved and every notice. */
export function telling(weeks: Weeks): { week: number; messages: string[] }[] {
  return weeks
    .map((week) => ({ week: week.week, messages: week.changes.filter(isNews).map((change) => change.message) }))
    .filter((week) => week.messages.length > 0);
}
