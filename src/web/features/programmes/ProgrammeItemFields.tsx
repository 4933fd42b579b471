/** One exercise of a programme: which exercise, its days, and an optional dose. */
import { useId } from 'react';
import { useMessages } from '../../i18n/useMessages.js';
import { DaysField, DoseFields } from '../prescription/DoseFields.js';
import { ExercisePicker } from '../prescription/ExercisePicker.js';
import { prescriptionMessages } from '../prescription/messages.js';
import { useExerciseNames } from '../prescription/useExerciseNames.js';
import { programmesMessages } from './messages.js';
import type { ItemDraft } from './programme-form.js';

interface ItemFieldsProps {
  number: number;
  item: ItemDraft;
  errors: { exercise?: string; days?: string; dose?: string } | undefined;
  onChange: (patch: Partial<ItemDraft>) => void;
  onRemove: () => void;
}

/** The item's fields under its own small heading. */
export function ProgrammeItemFields({ number, item, errors, onChange, onRemove }: ItemFieldsProps) {
  const m = useMessages(programmesMessages).form;
  const p = useMessages(prescriptionMessages).exercise;
  const headingId = useId();
  const { names } = useExerciseNames(item.exerciseId ? [item.exerciseId] : []);
  const name = item.exerciseId ? (names(item.exerciseId)?.name ?? item.exerciseId) : null;
  return (
    <div role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="programme-item__title">{m.item(number)}</h3>
      {name ? (
        <div className="picker picker--chosen">
          <p><strong>{p.chosen(name)}</strong></p>
          <button type="button" className="button button--secondary" onClick={() => onChange({ exerciseId: null })}>{p.change}</button>
        </div>
      ) : (
        <ExercisePicker chosen={null} onChoose={(exercise) => onChange({ exerciseId: exercise?.id ?? null })} error={errors?.exercise} />
      )}
      <DaysField value={item.days} onChange={(days) => onChange({ days })} error={errors?.days} />
      <DoseFields value={item.dose} onChange={(dose) => onChange({ dose })} error={errors?.dose} optional />
      <button type="button" className="button button--secondary" onClick={onRemove}>
        {m.removeItem}<span className="visually-hidden">{m.removeContext(number)}</span>
      </button>
    </div>
  );
}
