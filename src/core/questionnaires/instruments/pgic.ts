/**
 * A 7-point global impression of change (our own wording and codes, system `urn:pacewise:pgic`;
 * not a licensed instrument): 1 very much better … 4 no change … 7 very much worse. Asked every
 * 28 days. The rating is itself a change: 2 or better (much / very much better) is meaningful,
 * 3 (a little better) possibly — Farrar 2001 anchors a meaningful pain change on "much improved",
 * and Dworkin 2008 (IMMPACT) maps "minimally improved" to the minimal tier (clinical-sources.md
 * §10.4). Worse ratings mirror better ones (6-7 meaningful, 5 possibly), the direction says which way.
 *
 * Message keys (web catalog):
 *   questionnaire.pgic.title
 *   questionnaire.pgic.intro
 *   questionnaire.pgic.question
 *   questionnaire.pgic.option.1  (very much better)   questionnaire.pgic.option.5  (a little worse)
 *   questionnaire.pgic.option.2  (much better)        questionnaire.pgic.option.6  (much worse)
 *   questionnaire.pgic.option.3  (a little better)    questionnaire.pgic.option.7  (very much worse)
 *   questionnaire.pgic.option.4  (no change)
 */
import type { FormDefinition, Instrument, MeaningfulChange } from '../types.js';
import { key } from './common.js';

/** The code system of our global impression's options. */
export const PGIC_SYSTEM = 'urn:pacewise:pgic';

/** The rating that means no change. */
export const PGIC_NO_CHANGE = 4;

/** Which ratings are meaningful and possibly meaningful. */
export const PGIC_MEANINGFUL = {
  kind: 'rating',
  meaningfulAtMost: 2,
  possiblyAtMost: 3,
  noChange: PGIC_NO_CHANGE,
  source: 'Farrar 2001 (Pain 94:149-158); Dworkin 2008 (J Pain 9:105-121); clinical-sources.md §10.4',
} as const satisfies MeaningfulChange;

/** The global impression of change as data. */
export const PGIC: Instrument = {
  key: 'pgic',
  version: '1',
  title: key('questionnaire.pgic.title'),
  codes: [],
  scoring: { kind: 'single', linkId: 'change' },
  direction: 'lower_is_better',
  meaningfulChange: PGIC_MEANINGFUL,
  schedule: { everyDays: 28, insideCheckin: false },
  itemCount: 1,
};

/** The global impression's form: one choice of seven. */
export function pgicForm(): FormDefinition {
  const options = [1, 2, 3, 4, 5, 6, 7].map((value) => ({
    code: String(value),
    system: PGIC_SYSTEM,
    value,
    text: key(`questionnaire.pgic.option.${value}`),
  }));
  return {
    instrument: 'pgic',
    version: PGIC.version,
    title: PGIC.title,
    intro: key('questionnaire.pgic.intro'),
    items: [
      {
        kind: 'choice',
        linkId: 'change',
        text: key('questionnaire.pgic.question'),
        codes: [],
        enableWhen: [],
        enableBehavior: 'all',
        required: true,
        options,
      },
    ],
    codes: [],
    canonical: null,
  };
}
