/**
 * Small builders the built-in instruments share, so each instrument file reads as its data.
 */
import type { Coding, FormItem, ItemText } from '../types.js';

/** The LOINC code system. */
export const LOINC = 'http://loinc.org';

/** A LOINC coding. */
export function loinc(code: string, display: string | null = null): Coding {
  return { system: LOINC, code, display };
}

/** A message key, with parameters when the words carry the person's own (a PSFS activity). */
export function key(name: string, params?: Record<string, string | number>): ItemText {
  return params ? { key: name, params } : { key: name };
}

interface IntegerItemInput {
  linkId: string;
  text: ItemText;
  codes?: Coding[];
  min?: number;
  max?: number;
  lowLabel?: ItemText | null;
  highLabel?: ItemText | null;
}

/** A required whole-number item, 0-10 unless told otherwise, always shown. */
export function integerItem(input: IntegerItemInput): FormItem {
  return {
    kind: 'integer',
    linkId: input.linkId,
    text: input.text,
    codes: input.codes ?? [],
    enableWhen: [],
    enableBehavior: 'all',
    required: true,
    min: input.min ?? 0,
    max: input.max ?? 10,
    lowLabel: input.lowLabel ?? null,
    highLabel: input.highLabel ?? null,
  };
}
