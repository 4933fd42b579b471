/**
 * The words of a form: a built-in instrument's message key looked up in our catalog (with its
 * parameters, such as the person's own PSFS activity), or an imported file's text exactly as given.
 */
import type { ItemText } from '../../../core/questionnaires/types.js';

/** A catalog of instrument words: a key's text, or a function of the key's parameters. */
export type InstrumentWords = Readonly<Record<string, string | ((params: Readonly<Record<string, string | number>>) => string)>>;

/** The text a person reads for `text`; `missing` when a key is not in the catalog. */
export function renderItemText(text: ItemText, words: InstrumentWords, missing: string): string {
  if ('literal' in text) return text.literal;
  const entry = words[text.key];
  if (entry === undefined) return missing;
  return typeof entry === 'function' ? entry(text.params ?? {}) : entry;
}

/** The person's own words carried by a text (a PSFS activity), for the answer's label. */
export function activityOf(text: ItemText): string | null {
  if ('literal' in text) return null;
  const activity = text.params?.['activity'];
  return typeof activity === 'string' ? activity.slice(0, 120) : null;
}
