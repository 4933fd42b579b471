/**
 * Which PROMIS short form an imported file is, from its items' PROMIS ids (clinical-sources §2.2).
 * The scoring itself is the questionnaire module's; this only recognises the form.
 */
import type { PromisForm } from '../questionnaires/types.js';

/** The item ids of each PROMIS short form Pacewise scores (v1.0). */
export const PROMIS_FORM_ITEMS: Readonly<Record<PromisForm, readonly string[]>> = {
  pi_4a: ['PAININ9', 'PAININ22', 'PAININ31', 'PAININ34'],
  pi_6a: ['PAININ9', 'PAININ22', 'PAININ31', 'PAININ34', 'PAININ12', 'PAININ36'],
  pi_6b: ['PAININ3', 'PAININ8', 'PAININ9', 'PAININ10', 'PAININ14', 'PAININ26'],
  pi_8a: ['PAININ9', 'PAININ22', 'PAININ31', 'PAININ34', 'PAININ12', 'PAININ36', 'PAININ3', 'PAININ13'],
  pf_4a: ['PFA11', 'PFA21', 'PFA23', 'PFA53'],
};

const KNOWN = new Set(Object.values(PROMIS_FORM_ITEMS).flat());

/** True for a PROMIS item id of a form Pacewise scores. */
export function isPromisItemId(code: string): boolean {
  return KNOWN.has(code);
}

/** The form whose items are exactly these ids, or null. */
export function promisFormOfIds(ids: readonly string[]): PromisForm | null {
  const set = new Set(ids);
  if (set.size !== ids.length) return null;
  const match = (Object.keys(PROMIS_FORM_ITEMS) as PromisForm[]).find((form) => {
    const items = PROMIS_FORM_ITEMS[form];
    return items.length === set.size && items.every((id) => set.has(id));
  });
  return match ?? null;
}
