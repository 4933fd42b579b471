/** The form's words in the person's language: built-in keys from our catalog, imported text as is. */
import { useCallback } from 'react';
import type { ItemText } from '../../../core/questionnaires/types.js';
import { useMessages } from '../../i18n/useMessages.js';
import { clinicianQuestionnaireMessages } from './clinician-messages.js';
import { instrumentWords } from './instrument-words.js';
import { renderItemText } from './item-text.js';
import { questionnaireMessages } from './messages.js';

/** A function giving the text a person reads for an `ItemText`. */
export function useItemText(): (text: ItemText) => string {
  const words = useMessages(instrumentWords);
  const missing = useMessages(questionnaireMessages).missingText;
  return useCallback((text: ItemText) => renderItemText(text, words, missing), [words, missing]);
}

/** Who reads an instrument's title: the person ("Your activities") or a clinician ("PSFS …"). */
export type Audience = 'person' | 'clinician';

/** An instrument's title for its reader: a clinician reads built-ins by their clinical names. */
export function useInstrumentTitle(audience: Audience): (instrument: string, title: ItemText) => string {
  const text = useItemText();
  const titles = useMessages(clinicianQuestionnaireMessages).titles;
  return useCallback(
    (instrument: string, title: ItemText) => (audience === 'clinician' ? titles[instrument] : undefined) ?? text(title),
    [audience, titles, text],
  );
}
