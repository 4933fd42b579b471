/**
 * A placeholder PROMIS Pain Interference 6a form as Pacewise holds an imported file: the item
 * codes are real (PAININ9 …), the words are placeholders — Pacewise never ships PROMIS text.
 */
import type { FormDefinition, FormItem } from '../types.js';
import { PROMIS_FORM_ITEMS } from './forms.js';

const HM = 'http://www.healthmeasures.net/promis';

/** A choice item with five placeholder options valued 1-5, coded with a PROMIS item id. */
export function promisItem(linkId: string, itemId: string, required = false): FormItem {
  return {
    kind: 'choice',
    linkId,
    text: { literal: `Placeholder question ${linkId}` },
    codes: [{ system: HM, code: itemId, display: null }],
    enableWhen: [],
    enableBehavior: 'all',
    required,
    options: [1, 2, 3, 4, 5].map((value) => ({ code: `opt-${value}`, system: null, value, text: { literal: `Option ${value}` } })),
  };
}

/** The placeholder PI 6a form, its items in a group under a display item, linkIds not the item ids. */
export function placeholderPi6a(id = '00000000-0000-4000-8000-000000000006'): FormDefinition {
  return {
    instrument: `imported:${id}`,
    version: '1.0',
    title: { literal: 'Placeholder PI 6a' },
    intro: { literal: 'In the past 7 days' },
    items: [
      { kind: 'display', linkId: 'intro', text: { literal: 'Placeholder intro' }, codes: [], enableWhen: [], enableBehavior: 'all' },
      {
        kind: 'group',
        linkId: 'g',
        text: null,
        codes: [],
        enableWhen: [],
        enableBehavior: 'all',
        items: [...PROMIS_FORM_ITEMS.pi_6a].reverse().map((itemId, i) => promisItem(`q${i + 1}`, itemId)),
      },
    ],
    codes: [],
    canonical: 'http://example.org/Questionnaire/placeholder-pi-6a',
  };
}
