/**
 * Writing or changing a programme: name, description, shared or not, its exercises (each with
 * days and an optional dose), and a weekly rise. Errors are shown by their field.
 */
import { useState, type FormEvent } from 'react';
import type { Programme } from '../../../contract/prescription.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { SelectField } from '../../components/SelectField.js';
import { TextArea, TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { focusFirstInvalid } from '../../lib/focus-first-invalid.js';
import { RISE_CHOICES } from '../prescription/adjustment-form.js';
import { useDraftWords } from '../prescription/AddAdjustment.js';
import { prescriptionMessages } from '../prescription/messages.js';
import { programmesMessages } from './messages.js';
import { draftOf, emptyItem, toProgrammeInput, type ItemDraft, type ProgrammeErrors } from './programme-form.js';
import { ProgrammeItemFields } from './ProgrammeItemFields.js';

type ProgrammeBody = Extract<ReturnType<typeof toProgrammeInput>, { body: unknown }>['body'];

interface ProgrammeFormProps {
  programme: Programme | null;
  onSaved: (programme: Programme) => void;
  onCancel: () => void;
}

/** The form; a new programme when `programme` is null. */
export function ProgrammeForm({ programme, onSaved, onCancel }: ProgrammeFormProps) {
  const m = useMessages(programmesMessages).form;
  const p = useMessages(prescriptionMessages);
  const words = { ...useDraftWords(), nameRequired: m.nameRequired, itemsRequired: m.itemsRequired };
  const [draft, setDraft] = useState(() => draftOf(programme));
  // After the first Save, errors follow the fields as they are fixed.
  const [tried, setTried] = useState(false);
  const save = useAction((body: ProgrammeBody) =>
    programme ? callApi('updateProgramme', { params: { id: programme.id }, body }) : callApi('createProgramme', { body }));
  const setItem = (key: number, patch: Partial<ItemDraft>) => setDraft((d) => ({ ...d, items: d.items.map((i) => (i.key === key ? { ...i, ...patch } : i)) }));
  const addItem = () => setDraft((d) => ({ ...d, items: [...d.items, emptyItem(Math.max(0, ...d.items.map((i) => i.key)) + 1)] }));
  const removeItem = (key: number) => setDraft((d) => ({ ...d, items: d.items.filter((i) => i.key !== key) }));
  const serverField = save.error?.field?.split('.')[0];
  const checked = tried ? toProgrammeInput(draft, words) : null;
  const errors: ProgrammeErrors = checked && 'errors' in checked ? checked.errors : {};

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const built = toProgrammeInput(draft, words);
    setTried(true);
    if ('errors' in built) { requestAnimationFrame(() => focusFirstInvalid(form)); return; }
    const saved = await save.run(built.body);
    if (saved) onSaved(saved);
  };
  const rises = [{ value: '', label: m.riseUsual }, ...RISE_CHOICES.filter((r) => r !== '0.1').map((value) => ({ value: value as string, label: value === '0' ? p.rise.hold : p.rise.option(Math.round(Number(value) * 100)) }))];
  return (
    <form className="form card programme-form" onSubmit={onSubmit} noValidate aria-labelledby="programme-form-title">
      <h2 id="programme-form-title">{programme ? m.editTitle(programme.name) : m.newTitle}</h2>
      <TextField id="programme-name" label={m.name} hint={m.nameHint} value={draft.name} maxLength={120} error={errors.name ?? (serverField === 'name' ? save.error?.message : undefined)} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      <TextArea id="programme-description" label={m.description} value={draft.description} rows={3} maxLength={1000} error={serverField === 'description' ? save.error?.message : undefined} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
      <label className="choice">
        <input type="checkbox" className="choice__input" checked={draft.shared} onChange={(e) => setDraft({ ...draft, shared: e.target.checked })} />
        <span className="choice__text">{m.shared}</span>
      </label>
      <fieldset className="programme-items">
        <legend className="choice-group__legend">{m.items}</legend>
        {errors.items ? <p className="field__error" role="alert">{errors.items}</p> : null}
        {serverField === 'items' && save.error ? <p className="field__error" role="alert">{save.error.message}</p> : null}
        <ol className="programme-items__list">
          {draft.items.map((item, n) => (
            <li key={item.key} className="programme-item">
              <ProgrammeItemFields number={n + 1} item={item} errors={errors.item?.[item.key]} onChange={(patch) => setItem(item.key, patch)} onRemove={() => removeItem(item.key)} />
            </li>
          ))}
        </ol>
        <button type="button" className="button button--secondary" onClick={addItem}>{m.addItem}</button>
      </fieldset>
      <SelectField label={m.rise} value={draft.rise} options={rises} onChange={(rise) => setDraft({ ...draft, rise })} />
      {save.error && !['name', 'description', 'items'].includes(serverField ?? '') ? <ErrorMessage error={save.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={save.pending || undefined}>{save.pending ? m.saving : m.save}</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>{m.cancel}</button>
      </div>
    </form>
  );
}
