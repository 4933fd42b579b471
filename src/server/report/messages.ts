/** Every word of the visit report, in the shape of the web app's catalogs. */
import type { ReliefKind } from '../../core/journal/detail.js';
import type { ChangeMark, OutcomeChange, PlannedAdherence, RaisedItem, ReportPattern, ReportRelief } from '../../core/report/index.js';

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(2)}`;
const points = (n: number) => n.toFixed(2);

const MARKS: Record<ChangeMark, string> = {
  meaningful: 'a meaningful change',
  possibly_meaningful: 'possibly a meaningful change',
  not_meaningful: 'smaller than a meaningful change',
};

const STOP_REASONS: Record<string, string> = {
  chest_pain: 'chest pain',
  breathless: 'unusually out of breath',
  dizzy: 'felt dizzy or faint',
  palpitations: 'racing or irregular heartbeat',
  one_sided_weakness: 'weakness or numbness on one side',
};

/** The report's catalog; `day` formats a calendar day for the practice's locale. */
const RELIEF: Record<ReliefKind, string> = {
  heat: 'Heat', cold: 'Cold', gentle_movement: 'Gentle movement', rest: 'Rest',
  breathing: 'Breathing or relaxation', medication: 'Medication', other: 'Something else',
};

export const REPORT_MESSAGES = {
  en: {
    title: 'Visit report',
    documentTitle: (name: string, period: string) => `Visit report: ${name}, ${period}`,
    period: (from: string, to: string) => `${from} to ${to}`,
    periodLine: (period: string, madeOn: string) => `Period: ${period}   ·   Made on ${madeOn}`,
    disclaimer: 'This report does not replace a clinician’s judgement. It shows what the person logged in Pacewise, in their own words and numbers.',
    more: (n: number) => `and ${n} more`,
    pain: {
      heading: 'Pain over time',
      axis: 'Pain 0-10 (mean of the day)',
      flare: 'Flare day',
      weekly: 'Weekly mean',
      daily: 'Each day',
      none: 'No check-ins in this period.',
      summary: (days: number, flares: number) =>
        `${days} ${days === 1 ? 'day' : 'days'} with a check-in; ${flares} ${flares === 1 ? 'flare day' : 'flare days'} (marked with a triangle).`,
    },
    adherence: {
      heading: 'Sessions',
      all: (sessions: number, minutes: number) => `${sessions} ${sessions === 1 ? 'session' : 'sessions'}, ${minutes} minutes in the period`,
      againstPlan: (p: PlannedAdherence) =>
        `${p.sessionsDone} of ${p.sessions} planned sessions, ${p.minutesDone} of ${p.minutes} minutes (${p.days} days with a plan)`,
      noPlan: 'No week of the period was planned in Pacewise.',
      partial: (n: number) => (n === 0 ? 'None stopped early' : `${n} stopped early`),
    },
    outcomes: {
      heading: 'Outcomes (first and last in the period)',
      peg: (c: OutcomeChange | null, day: (d: string) => string) =>
        c === null ? 'PEG: no weekly answer in this period.'
          : c.change === null ? `PEG: ${points(c.first)} on ${day(c.firstOn)} (one answer, no change yet).`
            : `PEG: ${points(c.first)} → ${points(c.last)} (${signed(c.change)}, ${c.direction === 'better' ? 'better' : c.direction === 'worse' ? 'worse' : 'the same'}): ${MARKS[c.mark ?? 'not_meaningful']}.`,
      psfs: (c: OutcomeChange | null) =>
        c === null ? 'PSFS: not recorded in Pacewise.'
          : c.change === null ? `PSFS: ${points(c.first)} (one score, no change yet).`
            : `PSFS: ${points(c.first)} → ${points(c.last)} (${signed(c.change)}): ${MARKS[c.mark ?? 'not_meaningful']}.`,
      key: 'PEG: lower is better; a change of 1.0-1.75 points may be meaningful, 1.75 or more is (Reed 2024). PSFS: higher is better; 2 points is meaningful (Stratford).',
    },
    pacing: { heading: 'What pacing changed and why', none: 'Pacing did not change the plan in this period.' },
    stopSigns: {
      heading: 'Stop signs',
      none: 'No session was stopped for a warning sign.',
      item: (day: string, reason: string) => `${day}: stopped a session (${STOP_REASONS[reason] ?? 'a warning sign'}).`,
    },
    insights: {
      heading: 'Patterns found (linked with, not caused by)',
      none: 'No pattern was clear enough to state in this period.',
      /** The insights' own sentence, which states the size, the interval and the days behind it. */
      item: (p: ReportPattern) => p.message,
    },
    relief: {
      heading: 'What helped, in their own 0-10 ratings (not a measured change in pain)',
      /** One line: each kind's mean 0-10 "how much it helped", its 95 % interval and ratings. */
      item: (list: readonly ReportRelief[]) =>
        `${list.map((r) => `${RELIEF[r.kind]} ${r.mean.toFixed(1)}/10 (95 % interval ${r.ci[0].toFixed(1)}-${r.ci[1].toFixed(1)}, ${r.n} ratings)`).join('; ')}.`,
    },
    raised: {
      heading: 'What they wanted to raise',
      none: 'Nothing raised in this period.',
      item: (item: RaisedItem, day: string) =>
        item.kind === 'note' ? `${day}, note: “${item.text ?? ''}”`
          : item.text === null ? `${day}: a check-in marked “something new”.` : `${day}, “something new”: “${item.text}”`,
    },
  },
} as const;

/** The report's words in English (the only language the report has yet). */
export type ReportWords = (typeof REPORT_MESSAGES)['en'];
