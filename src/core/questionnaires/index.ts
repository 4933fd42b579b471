/**
 * The questionnaire module (issue 12): built-in and imported instruments as data, the form a
 * person answers, answer checks, scoring (PROMIS included), what is due today and the history.
 */
export * from './types.js';
export { builtInInstrument, formFor } from './catalog.js';
export { instrumentOfImported, type ImportedRecord } from './instruments/imported.js';
export { PAIN_RATING, PAIN_RATING_MEANINGFUL } from './instruments/pain-rating.js';
export { PEG, PEG_ITEMS, PEG_MEANINGFUL, PEG_SCORE_CODE } from './instruments/peg.js';
export { PSFS, PSFS_ACTIVITY_MEANINGFUL, PSFS_MAX_ACTIVITIES, PSFS_MEANINGFUL, psfsLinkId } from './instruments/psfs.js';
export { PGIC, PGIC_MEANINGFUL, PGIC_NO_CHANGE, PGIC_SYSTEM } from './instruments/pgic.js';
export { LOINC } from './instruments/common.js';
export { checkAnswers, type AnswerCheck, type AnswerProblem, type AnswerProblemCode } from './answers.js';
export { answerableItems, isEnabled, type AnswerableItem } from './form.js';
export { scoreAnswers } from './score.js';
export { directionOfChange, markChange, markRating, meaningfulPoints } from './change.js';
export {
  dueSinceOf,
  dueToday,
  effectiveSchedule,
  isDue,
  MAX_ITEMS_PER_WEEK,
  type AnsweredOn,
  type DueInput,
  type DueInstrument,
  type ScheduledInstrument,
} from './due.js';
export { instrumentsAsked, type AskedInstrument } from './asked.js';
export { buildHistory, type HistoryPointValue, type InstrumentHistoryValue } from './history.js';
export {
  promisDirection,
  promisFormOf,
  promisItemIdOf,
  promisItemIdOfCodings,
  promisMeaningfulChange,
  promisScoringOf,
  PROMIS_FORM_ITEMS,
} from './promis/forms.js';
export { promisTable, scorePromis, scorePromisPattern, type PromisTableRow } from './promis/score.js';
