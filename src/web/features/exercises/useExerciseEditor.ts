/**
 * The editor's state and saving: the form as typed, its problems (checked here with the
 * contract's schema, or named by the server), and the exercise as last saved.
 */
import { useRef, useState, type FormEvent } from 'react';
import type { CustomExerciseInput, CustomExerciseView } from '../../../contract/custom-exercise.js';
import { isApiError } from '../../api/api-error.js';
import { callApi } from '../../api/client.js';
import { useAction } from '../../hooks/useAction.js';
import { navigate } from '../../router/history.js';
import { pathTo } from '../../router/match-route.js';
import { checkEditor, EMPTY_EDITOR, editorStateOf, type EditorState, type FieldErrors } from './editor-state.js';

/** Everything the editor page shows and does. */
export function useExerciseEditor(saved: CustomExerciseView | null, poseMissing: string) {
  const [exercise, setExercise] = useState(saved);
  const [state, setState] = useState<EditorState>(saved ? editorStateOf(saved) : EMPTY_EDITOR);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [justSaved, setJustSaved] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = (change: Partial<EditorState>) => {
    setState((s) => ({ ...s, ...change }));
    setJustSaved(false);
  };
  const save = useAction(async (input: CustomExerciseInput) => {
    const next = exercise
      ? await callApi('updateCustomExercise', { params: { id: exercise.id }, body: input })
      : await callApi('createCustomExercise', { body: input });
    setExercise(next);
    setJustSaved(true);
    // A new exercise gets its own address, where its photo can be added.
    if (!exercise) navigate(pathTo('editExercise', { id: next.id }), { redirect: true });
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkEditor(state, poseMissing);
    if ('errors' in checked) {
      setErrors(checked.errors);
      summary.current?.focus();
      return;
    }
    setErrors({});
    void save.run(checked.input);
  };
  const serverErrors: FieldErrors = save.error && isApiError(save.error) && save.error.field ? { [save.error.field]: save.error.message } : {};
  return { exercise, setExercise, state, set, errors: { ...serverErrors, ...errors }, justSaved, summary, save, submit };
}
