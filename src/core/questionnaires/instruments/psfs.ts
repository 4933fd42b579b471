/**
 * The Patient-Specific Functional Scale (Stratford 1995; clinical-sources.md §4), in our own
 * words: the person's own activities (their intake goals, up to 5) each rated 0 (unable) to 10
 * (as well as before the problem), scored as the mean; higher is better. Re-rated every 14 days.
 * Meaningful change of the mean: 2 points (MDC90, Stratford), possibly from 1.3 (Abbott &
 * Schmitt, JOSPT 2014;44:560-564); one activity's own change of 3 points is meaningful (MDC90).
 *
 * Message keys (web catalog):
 *   questionnaire.psfs.title
 *   questionnaire.psfs.intro
 *   questionnaire.psfs.activity   params { activity } (the person's own words)
 *   questionnaire.psfs.low        (0: unable to do it)
 *   questionnaire.psfs.high       (10: as well as before the problem)
 */
import type { Goal } from '../../profile.js';
import type { FormDefinition, Instrument, MeaningfulChange } from '../types.js';
import { integerItem, key } from './common.js';

/** Where a change of the PSFS mean becomes possibly meaningful and meaningful (points). */
export const PSFS_MEANINGFUL = {
  kind: 'difference',
  possibly: 1.3,
  surely: 2.0,
  source: 'Stratford 1995 MDC90 2 points; Abbott & Schmitt 2014 MID 1.3; clinical-sources.md §4',
} as const satisfies MeaningfulChange;

/** A change of one activity's own rating that is meaningful (MDC90 for a single activity). */
export const PSFS_ACTIVITY_MEANINGFUL = 3;

/** At most this many activities are rated. */
export const PSFS_MAX_ACTIVITIES = 5;

/** The PSFS as data (its item count is the most activities a person rates). */
export const PSFS: Instrument = {
  key: 'psfs',
  version: '1',
  title: key('questionnaire.psfs.title'),
  codes: [],
  scoring: { kind: 'mean', decimals: 2 },
  direction: 'higher_is_better',
  meaningfulChange: PSFS_MEANINGFUL,
  schedule: { everyDays: 14, insideCheckin: false },
  itemCount: PSFS_MAX_ACTIVITIES,
};

/** The linkId of the n-th activity (1-based). */
export function psfsLinkId(n: number): string {
  return `activity-${n}`;
}

/** The person's PSFS form: one 0-10 item per goal; null when they named no activity. */
export function psfsForm(goals: readonly Goal[]): FormDefinition | null {
  const activities = goals.map((g) => g.activity.trim()).filter((a) => a.length > 0).slice(0, PSFS_MAX_ACTIVITIES);
  if (activities.length === 0) return null;
  return {
    instrument: 'psfs',
    version: PSFS.version,
    title: PSFS.title,
    intro: key('questionnaire.psfs.intro'),
    items: activities.map((activity, i) =>
      integerItem({
        linkId: psfsLinkId(i + 1),
        text: key('questionnaire.psfs.activity', { activity }),
        lowLabel: key('questionnaire.psfs.low'),
        highLabel: key('questionnaire.psfs.high'),
      }),
    ),
    codes: [],
    canonical: null,
  };
}
