/**
 * The wording of the built-in instruments, written by us (never a licensed instrument's text),
 * by message key: `questionnaire.<instrument>.<part>`. Imported forms carry their own words.
 */
import type { Catalog } from '../../i18n/languages.js';
import type { InstrumentWords } from './item-text.js';

const activity = (params: Readonly<Record<string, string | number>>) => String(params['activity'] ?? '');

const en: InstrumentWords = {
  'questionnaire.pain_rating.title': 'Your pain',
  'questionnaire.pain_rating.intro': 'Think about today.',
  'questionnaire.pain_rating.question': 'How much pain do you have right now?',
  'questionnaire.pain_rating.low': 'no pain',
  'questionnaire.pain_rating.high': 'as bad as you can imagine',
  'questionnaire.peg.title': 'Pain, enjoyment and activity',
  'questionnaire.peg.intro': 'Think about the past week.',
  'questionnaire.peg.pain': 'What number best describes your pain on average in the past week?',
  'questionnaire.peg.pain.low': 'no pain',
  'questionnaire.peg.pain.high': 'as bad as you can imagine',
  'questionnaire.peg.enjoyment': 'How much has pain got in the way of your enjoyment of life?',
  'questionnaire.peg.activity': 'How much has pain got in the way of your general activity?',
  'questionnaire.peg.interference.low': 'not at all',
  'questionnaire.peg.interference.high': 'completely',
  'questionnaire.psfs.title': 'Your activities',
  'questionnaire.psfs.intro': 'These are the activities you told us are hard because of your pain. Rate each one as it is now.',
  'questionnaire.psfs.activity': (params) => `How well can you do this activity now? ${activity(params)}`,
  'questionnaire.psfs.low': 'can’t do it',
  'questionnaire.psfs.high': 'as well as before the problem',
  'questionnaire.pgic.title': 'How things have changed',
  'questionnaire.pgic.intro': 'Think about the time since you started with Pacewise.',
  'questionnaire.pgic.question': 'Since you started, how would you describe your pain and what you can do now?',
  'questionnaire.pgic.option.1': 'Very much better',
  'questionnaire.pgic.option.2': 'Much better',
  'questionnaire.pgic.option.3': 'A little better',
  'questionnaire.pgic.option.4': 'About the same',
  'questionnaire.pgic.option.5': 'A little worse',
  'questionnaire.pgic.option.6': 'Much worse',
  'questionnaire.pgic.option.7': 'Very much worse',
};

/** The built-in instruments' words in every language. */
export const instrumentWords: Catalog<InstrumentWords> = { en };
