/** Finding an item's answer option in a form, through its groups. */
import type { AnswerOption, FormDefinition, FormItem } from '../questionnaires/types.js';

function findItem(items: readonly FormItem[], linkId: string): FormItem | null {
  for (const item of items) {
    if (item.linkId === linkId) return item;
    if (item.kind === 'group') {
      const found = findItem(item.items, linkId);
      if (found) return found;
    }
  }
  return null;
}

/** The option of a choice item with this code, or null. */
export function optionOf(form: FormDefinition, linkId: string, code: string): AnswerOption | null {
  const item = findItem(form.items, linkId);
  return item?.kind === 'choice' ? (item.options.find((o) => o.code === code) ?? null) : null;
}
