/**
 * The PROMIS short forms Pacewise scores (clinical-sources.md §2.2), found from a form's item codes
 * by exact set match, with their direction and meaningful change (§2.5).
 */
import type { Coding, Direction, FormDefinition, FormItem, MeaningfulChange, PromisForm } from '../types.js';
import { isPromisItemId } from './parameters.js';

/** The item ids of each form (v1.0). */
export const PROMIS_FORM_ITEMS: Readonly<Record<PromisForm, readonly string[]>> = {
  pi_4a: ['PAININ9', 'PAININ22', 'PAININ31', 'PAININ34'],
  pi_6a: ['PAININ9', 'PAININ22', 'PAININ31', 'PAININ34', 'PAININ12', 'PAININ36'],
  pi_6b: ['PAININ3', 'PAININ8', 'PAININ9', 'PAININ10', 'PAININ14', 'PAININ26'],
  pi_8a: ['PAININ9', 'PAININ22', 'PAININ31', 'PAININ34', 'PAININ12', 'PAININ36', 'PAININ3', 'PAININ13'],
  pf_4a: ['PFA11', 'PFA21', 'PFA23', 'PFA53'],
};

/** LOINC codes of PROMIS items (§2.6), so a file coded with LOINC only is still recognised. */
const LOINC_ITEM_IDS: Readonly<Record<string, string>> = {
  '61758-9': 'PAININ9',
  '61769-6': 'PAININ22',
  '61773-8': 'PAININ31',
  '61775-3': 'PAININ34',
  '61761-3': 'PAININ12',
  '61777-9': 'PAININ36',
};

/** The PROMIS item id a code names (the id itself, or the item's LOINC code), else null. */
export function promisItemIdOf(code: string): string | null {
  const trimmed = code.trim();
  const upper = trimmed.toUpperCase();
  if (isPromisItemId(upper)) return upper;
  return LOINC_ITEM_IDS[trimmed] ?? null;
}

/** The PROMIS item id among an item's codings, else null. */
export function promisItemIdOfCodings(codes: readonly Coding[]): string | null {
  for (const c of codes) {
    const id = promisItemIdOf(c.code);
    if (id) return id;
  }
  return null;
}

/** The form whose item set equals these codes exactly (each code an item id or its LOINC), else null. */
export function promisFormOf(itemCodes: readonly string[]): PromisForm | null {
  const ids = itemCodes.map(promisItemIdOf);
  if (ids.length === 0 || ids.some((id) => id === null)) return null;
  const set = new Set(ids as string[]);
  if (set.size !== ids.length) return null;
  for (const [form, items] of Object.entries(PROMIS_FORM_ITEMS) as [PromisForm, readonly string[]][]) {
    if (items.length === set.size && items.every((id) => set.has(id))) return form;
  }
  return null;
}

function answerable(items: readonly FormItem[]): FormItem[] {
  return items.flatMap((item) => (item.kind === 'group' ? answerable(item.items) : item.kind === 'display' ? [] : [item]));
}

/**
 * A form's PROMIS scoring: the short form every answerable item belongs to, and linkId → item id;
 * null unless every answerable item carries a PROMIS code and together they make one form.
 */
export function promisScoringOf(form: Pick<FormDefinition, 'items'>): { form: PromisForm; itemIds: Record<string, string> } | null {
  const itemIds: Record<string, string> = {};
  for (const item of answerable(form.items)) {
    const id = promisItemIdOfCodings(item.codes);
    if (!id) return null;
    itemIds[item.linkId] = id;
  }
  const found = promisFormOf(Object.values(itemIds));
  return found ? { form: found, itemIds } : null;
}

/** Pain Interference: higher T is worse; Physical Function: higher T is better. */
export function promisDirection(form: PromisForm): Direction {
  return form.startsWith('pf_') ? 'higher_is_better' : 'lower_is_better';
}

/**
 * PROMIS meaningful change in T-points. Pain Interference: Chen 2018 (Pain 159:775-782) gives 2-3
 * T-points across the 4a/6a/6b/8a fixed forms in back and OA pain — 2 possibly, 3 meaningful.
 * Physical Function: Hays 2015 (Ann Rheum Dis 74:104-107) gives about 2 T-points (0.20 SD) —
 * 2 possibly, 3 meaningful, like Pain Interference (clinical-sources.md §2.5).
 */
export function promisMeaningfulChange(form: PromisForm): MeaningfulChange {
  const source = form.startsWith('pf_')
    ? 'Hays 2015 (Ann Rheum Dis 74:104-107); clinical-sources.md §2.5'
    : 'Chen 2018 (Pain 159:775-782); clinical-sources.md §2.5';
  return { kind: 'difference', possibly: 2, surely: 3, source };
}
