/**
 * The PEG (Krebs 2009; clinical-sources.md §1), in our own words: pain, enjoyment of life and
 * general activity over the past week, each 0-10, scored as the mean to 2 decimals (higher is
 * worse). It stays inside the weekly check-in. Meaningful change: Reed 2024 (J Pain 25:142-152)
 * gives anchor-based MIDs of mostly 1.0-1.75 points — 1.75 meaningful, from 1.0 possibly.
 * The linkIds `pain`, `enjoyment`, `activity` are the stored ones (migration 0013 wrote them).
 *
 * Message keys (web catalog):
 *   questionnaire.peg.title
 *   questionnaire.peg.intro              (about the past week)
 *   questionnaire.peg.pain               (average pain)     with questionnaire.peg.pain.low / .pain.high
 *   questionnaire.peg.enjoyment          (interference)     with questionnaire.peg.interference.low / .high
 *   questionnaire.peg.activity           (interference)     with questionnaire.peg.interference.low / .high
 * (Krebs gives enjoyment and activity the same anchors: does not interfere … completely interferes.)
 */
import type { FormDefinition, Instrument, MeaningfulChange } from '../types.js';
import { integerItem, key, loinc } from './common.js';

/** Where a PEG change becomes possibly meaningful and meaningful (points). */
export const PEG_MEANINGFUL = {
  kind: 'difference',
  possibly: 1.0,
  surely: 1.75,
  source: 'Reed 2024 (J Pain 25:142-152, PMC10859144); clinical-sources.md §1',
} as const satisfies MeaningfulChange;

/** The PEG's stored item linkIds, in order. */
export const PEG_ITEMS = ['pain', 'enjoyment', 'activity'] as const;

const PANEL = loinc('91148-7', 'Pain intensity, Enjoyment of life, General activity scale [PEG]');
/** The LOINC code of the PEG's mean score. */
export const PEG_SCORE_CODE = loinc('91147-9', 'Mean score [PEG]');
const ITEM_CODES: Record<(typeof PEG_ITEMS)[number], string> = {
  pain: '75893-8',
  enjoyment: '91145-3',
  activity: '91146-1',
};
const ANCHORS: Record<(typeof PEG_ITEMS)[number], string> = { pain: 'pain', enjoyment: 'interference', activity: 'interference' };

/** The PEG as data. */
export const PEG: Instrument = {
  key: 'peg',
  version: '1',
  title: key('questionnaire.peg.title'),
  codes: [PANEL],
  scoring: { kind: 'mean', decimals: 2 },
  direction: 'lower_is_better',
  meaningfulChange: PEG_MEANINGFUL,
  schedule: { everyDays: 7, insideCheckin: true },
  itemCount: 3,
};

/** The PEG's form. */
export function pegForm(): FormDefinition {
  return {
    instrument: 'peg',
    version: PEG.version,
    title: PEG.title,
    intro: key('questionnaire.peg.intro'),
    items: PEG_ITEMS.map((linkId) =>
      integerItem({
        linkId,
        text: key(`questionnaire.peg.${linkId}`),
        codes: [loinc(ITEM_CODES[linkId])],
        lowLabel: key(`questionnaire.peg.${ANCHORS[linkId]}.low`),
        highLabel: key(`questionnaire.peg.${ANCHORS[linkId]}.high`),
      }),
    ),
    codes: [PANEL],
    canonical: null,
  };
}
