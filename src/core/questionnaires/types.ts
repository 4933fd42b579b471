/**
 * Questionnaires as one module (issue 12). An instrument is data — its items, answer options with
 * codes, how it is scored, its LOINC codes, its schedule and its meaningful change — plus a pure
 * scoring function. Built-in instruments have wording we wrote (the web renders it from its
 * catalogs by `key`); imported ones (a practice's licensed FHIR Questionnaire, such as PROMIS)
 * carry their own text, which Pacewise shows as the file has it and never ships.
 */
import type { LocalDate } from '../calendar.js';

/** The instruments whose wording Pacewise writes itself. */
export const BUILT_IN_INSTRUMENTS = ['pain_rating', 'peg', 'psfs', 'pgic'] as const;
export type BuiltInInstrument = (typeof BUILT_IN_INSTRUMENTS)[number];

/** An instrument: a built-in one, or `imported:<id>` for a Questionnaire an admin imported. */
export type InstrumentKey = BuiltInInstrument | `imported:${string}`;

export function isBuiltInInstrument(key: string): key is BuiltInInstrument {
  return (BUILT_IN_INSTRUMENTS as readonly string[]).includes(key);
}

export function importedInstrumentKey(id: string): InstrumentKey {
  return `imported:${id}`;
}

/** The id of an imported instrument, or null for a built-in one. */
export function importedIdOf(key: string): string | null {
  return key.startsWith('imported:') ? key.slice('imported:'.length) : null;
}

/** A code from a code system (LOINC, or a Questionnaire's own). */
export interface Coding {
  system: string | null;
  code: string;
  display: string | null;
}

/**
 * Words on a form: a message key the web renders from its catalog (built-in instruments, with
 * parameters such as the person's own PSFS activity), or the literal text of an imported file.
 */
export type ItemText = { key: string; params?: Record<string, string | number> } | { literal: string };

/** One answer option of a choice item: the code it is stored under and the value it scores as. */
export interface AnswerOption {
  code: string;
  system: string | null;
  /** The number the option scores as (PROMIS 1-5; the 7-point global impression 1-7). */
  value: number;
  text: ItemText;
}

/** Show an item only when an earlier answer equals a value (FHIR enableWhen, operator `=`). */
export interface EnableWhen {
  question: string;
  /** The answer option's code (choice) or the number (integer). */
  answer: string | number;
}

interface ItemBase {
  linkId: string;
  /** The item's code (a LOINC code, or a PROMIS item id such as PAININ9), if any. */
  codes: Coding[];
  enableWhen: EnableWhen[];
  /** `all` (every condition) or `any`; FHIR's enableBehavior, `all` when there is one condition. */
  enableBehavior: 'all' | 'any';
}

export type FormItem =
  | (ItemBase & { kind: 'display'; text: ItemText })
  | (ItemBase & { kind: 'group'; text: ItemText | null; items: FormItem[] })
  | (ItemBase & { kind: 'choice'; text: ItemText; required: boolean; options: AnswerOption[] })
  | (ItemBase & { kind: 'integer'; text: ItemText; required: boolean; min: number; max: number; lowLabel: ItemText | null; highLabel: ItemText | null });

/** A form as the person answers it: the instrument's items, made for this person where needed (PSFS). */
export interface FormDefinition {
  instrument: InstrumentKey;
  /** The instrument's version (a built-in's own; an imported file's `version`). */
  version: string;
  title: ItemText;
  /** What the answers are about, e.g. "the past 7 days" (a key) or the file's description. */
  intro: ItemText | null;
  items: FormItem[];
  /** The instrument's panel code (LOINC), if any. */
  codes: Coding[];
  /** The canonical URL of an imported Questionnaire (for QuestionnaireResponse.questionnaire). */
  canonical: string | null;
}

/** One answer: a choice's code and the value it scores as, or an integer; `null` when skipped. */
export interface Answer {
  linkId: string;
  value: number | null;
  /** The chosen option's code (choice items). */
  code: string | null;
  /** What the item was about when answered, where the person wrote it (a PSFS activity). */
  label: string | null;
}

/** How an instrument is scored. */
export type ScoringRule =
  | { kind: 'single'; linkId: string }
  | { kind: 'mean'; decimals: number }
  | {
      kind: 'promis';
      form: PromisForm;
      /** linkId → PROMIS item id (PAININ9 …), read from the form's item codes; scoring is keyed by these. */
      itemIds?: Readonly<Record<string, string>>;
    }
  | { kind: 'none' };

/** The PROMIS short forms Pacewise scores (v1.0), keyed by their items' codes. */
export const PROMIS_FORMS = ['pi_4a', 'pi_6a', 'pi_6b', 'pi_8a', 'pf_4a'] as const;
export type PromisForm = (typeof PROMIS_FORMS)[number];

/** How a score was reached. */
export type ScoreMethod = 'single' | 'mean' | 'summed_table' | 'response_pattern';

/** A scored answer set. */
export interface Score {
  /** The score (0-10 scales, a PSFS mean, a PGIC value, a PROMIS T-score); null when it cannot be scored. */
  value: number | null;
  /** The standard error (PROMIS, T-score points), else null. */
  se: number | null;
  /** The raw summed score (PROMIS), else null. */
  raw: number | null;
  method: ScoreMethod | null;
  /** How many scored items were answered, and of how many. */
  answered: number;
  of: number;
}

/** Which way is better for a score. */
export type Direction = 'higher_is_better' | 'lower_is_better';

/**
 * Where a change of score becomes possibly meaningful and meaningful, in score units, with the
 * source. The global impression of change is itself a rating of change (`rating`): values at or
 * beyond `surely` (toward better) are meaningful.
 */
export type MeaningfulChange =
  | { kind: 'difference'; possibly: number; surely: number; source: string }
  | {
      kind: 'rating';
      meaningfulAtMost: number;
      possiblyAtMost: number;
      source: string;
      /** The rating that means no change (4 on a 7-point scale); worse ratings mirror better ones. */
      noChange?: number;
    }
  | { kind: 'none' };

export type ChangeMark = 'meaningful' | 'possibly_meaningful' | 'not_meaningful';

/** When an instrument is asked. */
export interface Schedule {
  /** Every N days; null: only when a clinician assigns it. */
  everyDays: number | null;
  /** Asked inside the weekly check-in (PEG), never as its own screen. */
  insideCheckin: boolean;
}

/** A built-in instrument or an imported one, as data. */
export interface Instrument {
  key: InstrumentKey;
  version: string;
  title: ItemText;
  codes: Coding[];
  scoring: ScoringRule;
  direction: Direction;
  meaningfulChange: MeaningfulChange;
  schedule: Schedule;
  /** The number of items a person answers (PSFS: their activities, at most 5). */
  itemCount: number;
}

/** A stored answer set, decoded. */
export interface StoredResponse {
  id: string;
  instrument: InstrumentKey;
  version: string;
  localDate: LocalDate;
  at: string;
  answers: Answer[];
  /** The check-in it was given in (PEG), else null. */
  checkinId: string | null;
  clientId: string | null;
}

/** A clinician's schedule for one instrument for one patient (overrides the instrument's own). */
export interface AssignedSchedule {
  instrument: InstrumentKey;
  /** Every N days; null: switched off. */
  everyDays: number | null;
  setBy: { clinicianId: string; name: string | null; at: string };
}
