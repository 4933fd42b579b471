/**
 * Choosing the library drawing a clinician's exercise shows: a search over the library by name,
 * and a short list of matching drawings as radio buttons, each with its picture.
 */
import { useState } from 'react';
import type { ExerciseView } from '../../../contract/exercise.js';
import { ExerciseIllustration } from '../../components/ExerciseIllustration.js';
import { Loading } from '../../components/Loading.js';
import { TextField } from '../../components/TextField.js';
import { useMessages } from '../../i18n/useMessages.js';
import { exerciseMessages } from './messages.js';
import { matchPoses } from './pose-search.js';

const SHOWN = 8;

/** The picker; `library` is null while it loads. */
export function PosePicker({ library, value, onChange, error }: { library: readonly ExerciseView[] | null; value: string; onChange: (id: string) => void; error: string | null }) {
  const m = useMessages(exerciseMessages).pose;
  const [search, setSearch] = useState('');
  if (!library) return <Loading />;
  const matches = matchPoses(library, search, value);
  const chosen = library.find((e) => e.id === value);
  return (
    <fieldset className="choice-group pose-picker" aria-describedby="pose-hint pose-chosen" aria-invalid={error ? true : undefined}>
      <legend className="choice-group__legend">{m.legend}</legend>
      <p id="pose-hint" className="field__hint">{m.hint}</p>
      {error ? <p className="field__error">{error}</p> : null}
      <p id="pose-chosen" aria-live="polite">{chosen ? m.chosen(chosen.name) : m.none}</p>
      <TextField id="pose-search" type="search" label={m.search} hint={m.searchHint} value={search} onChange={(e) => setSearch(e.target.value)} />
      {matches.length === 0 ? <p>{m.noMatch}</p> : null}
      <ul className="pose-picker__list">
        {matches.slice(0, SHOWN).map((exercise) => (
          <li key={exercise.id}>
            <label className="choice pose-picker__choice">
              <input type="radio" className="choice__input" name="pose" value={exercise.id} checked={exercise.id === value} onChange={() => onChange(exercise.id)} />
              <span className="choice__text">
                <ExerciseIllustration exercise={exercise} className="pose-picker__image" decorative />
                {exercise.name}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {matches.length > SHOWN ? <p className="muted">{m.more(matches.length - SHOWN)}</p> : null}
    </fieldset>
  );
}
