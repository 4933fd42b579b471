/**
 * The 0-10 pain rating (our own wording). Everyday pain is asked in the check-in; a clinician may
 * still assign it as its own screen. Meaningful change (clinical-sources.md §10.4): about 2 points
 * on a 0-10 scale (Farrar JT et al. Pain 2001;94:149-158, anchored on "much improved"); from
 * 1 point possibly (the lower end of Abbott & Schmitt's NPRS range and IMMPACT's minimal tier).
 *
 * Message keys (web catalog):
 *   questionnaire.pain_rating.title
 *   questionnaire.pain_rating.intro
 *   questionnaire.pain_rating.question
 *   questionnaire.pain_rating.low    (0: no pain)
 *   questionnaire.pain_rating.high   (10: as bad as you can imagine)
 */
import type { FormDefinition, Instrument, MeaningfulChange } from '../types.js';
import { integerItem, key, loinc } from './common.js';

/** Where a pain-rating change becomes possibly meaningful and meaningful (points). */
export const PAIN_RATING_MEANINGFUL = {
  kind: 'difference',
  possibly: 1,
  surely: 2,
  source: 'Farrar 2001 (Pain 94:149-158); clinical-sources.md §10.4',
} as const satisfies MeaningfulChange;

const CODE = loinc('72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported');

/** The pain rating as data. */
export const PAIN_RATING: Instrument = {
  key: 'pain_rating',
  version: '1',
  title: key('questionnaire.pain_rating.title'),
  codes: [CODE],
  scoring: { kind: 'single', linkId: 'pain' },
  direction: 'lower_is_better',
  meaningfulChange: PAIN_RATING_MEANINGFUL,
  schedule: { everyDays: null, insideCheckin: true },
  itemCount: 1,
};

/** The pain rating's form. */
export function painRatingForm(): FormDefinition {
  return {
    instrument: 'pain_rating',
    version: PAIN_RATING.version,
    title: PAIN_RATING.title,
    intro: key('questionnaire.pain_rating.intro'),
    items: [
      integerItem({
        linkId: 'pain',
        text: key('questionnaire.pain_rating.question'),
        codes: [CODE],
        lowLabel: key('questionnaire.pain_rating.low'),
        highLabel: key('questionnaire.pain_rating.high'),
      }),
    ],
    codes: [CODE],
    canonical: null,
  };
}
