/**
 * Choosing one exercise by typing part of its name: the library's (and the clinician's own, when
 * the server lists them) as a list of buttons; the chosen one is shown with "Choose another".
 */
import { useId, useState } from 'react';
import type { ExerciseView } from '../../../contract/exercise.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { FieldNotes, describedBy } from '../../components/TextField.js';
import { useExerciseSearch } from '../../hooks/useExercises.js';
import { useMessages } from '../../i18n/useMessages.js';
import { prescriptionMessages } from './messages.js';
import { rankByName } from './rank-exercises.js';

interface ExercisePickerProps {
  chosen: ExerciseView | null;
  onChoose: (exercise: ExerciseView | null) => void;
  error?: string | undefined;
  /** Filters the list, e.g. aerobic exercises only. */
  accept?: (exercise: ExerciseView) => boolean;
}

/** A search field and its results, or the chosen exercise. */
export function ExercisePicker({ chosen, onChoose, error, accept }: ExercisePickerProps) {
  const m = useMessages(prescriptionMessages).exercise;
  const id = useId();
  if (chosen) {
    return (
      <div className="picker picker--chosen">
        <p><strong>{m.chosen(chosen.name)}</strong>{chosen.source === 'custom' ? ` (${m.custom})` : ''}</p>
        <button type="button" className="button button--secondary" onClick={() => onChoose(null)}>{m.change}</button>
      </div>
    );
  }
  return (
    <div className="field picker">
      <label htmlFor={`${id}-q`} className="field__label">{m.search}</label>
      <FieldNotes id={`${id}-q`} hint={m.searchHint} error={error} />
      <PickerResults inputId={`${id}-q`} error={error} onChoose={onChoose} accept={accept} />
    </div>
  );
}

function PickerResults({ inputId, error, onChoose, accept }: { inputId: string; error: string | undefined; onChoose: (e: ExerciseView) => void; accept: ((e: ExerciseView) => boolean) | undefined }) {
  const m = useMessages(prescriptionMessages).exercise;
  const [q, setQ] = useState('');
  const search = useExerciseSearch(q.trim().length > 0 ? { q: q.trim() } : {}, 250);
  const items = rankByName((search.items ?? []).filter((e) => (accept ? accept(e) : true)), q, 10);
  return (
    <>
      <input
        id={inputId} className="field__input" type="search" value={q} autoComplete="off"
        aria-describedby={describedBy(inputId, true, error)} aria-invalid={error ? true : undefined}
        onChange={(event) => setQ(event.target.value)}
      />
      <p role="status" className="muted">{search.pending ? m.searching : q.trim() && items.length === 0 ? m.noMatch : ''}</p>
      {search.error ? <ErrorMessage error={search.error} onRetry={search.retry} /> : null}
      {q.trim() && items.length > 0 ? (
        <ul className="picker__results" aria-label={m.results}>
          {items.map((exercise) => (
            <li key={exercise.id}>
              <button type="button" className="button button--secondary picker__choice" onClick={() => onChoose(exercise)}>
                {exercise.name}{exercise.source === 'custom' ? ` (${m.custom})` : ''}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
