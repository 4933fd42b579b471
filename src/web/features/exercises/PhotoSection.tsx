/**
 * A clinician's own photo for their exercise: choose a file, see it, describe it, add it; or take
 * the current one away. The server re-encodes it and removes what cameras store in it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { CustomExerciseView } from '../../../contract/custom-exercise.js';
import { ApiError } from '../../api/api-error.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextArea, describedBy, FieldNotes } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { exerciseMessages } from './messages.js';
import { uploadExercisePhoto } from './photo-upload.js';

const TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_BYTES = 5 * 1024 * 1024;

/** The photo part of the editor, for a saved exercise of the caller's. */
export function PhotoSection({ exercise, onChange }: { exercise: CustomExerciseView; onChange: (next: CustomExerciseView) => void }) {
  const m = useMessages(exerciseMessages).photo;
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState('');
  // A new key empties the file input once its photo is added.
  const [inputKey, setInputKey] = useState(0);
  const [problem, setProblem] = useState<{ field: 'file' | 'alt'; text: string } | null>(null);
  const preview = usePreview(file);
  const upload = useAction(async (chosen: File, words: string) => {
    onChange(await uploadExercisePhoto(exercise.id, chosen, words));
    setFile(null);
    setAlt('');
    setInputKey((k) => k + 1);
  });
  const remove = useAction(async () => onChange(await callApi('deleteCustomExercisePhoto', { params: { id: exercise.id } })));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkPhoto(file, alt, m);
    setProblem(found);
    if (!found && file) void upload.run(file, alt.trim());
  };
  const serverField = upload.error instanceof ApiError && upload.error.field === 'alt' ? 'alt' : 'file';
  const fileError = problem?.field === 'file' ? problem.text : upload.error && serverField === 'file' ? upload.error.message : null;
  const altError = problem?.field === 'alt' ? problem.text : upload.error && serverField === 'alt' ? upload.error.message : null;
  return (
    <div className="photo-section">
      {exercise.photo ? (
        <figure className="photo-section__current">
          <img src={exercise.photo.url} alt={exercise.photo.alt} className="photo-section__image" />
          <figcaption>{m.current}: {exercise.photo.alt}</figcaption>
          <button type="button" className="button button--danger-quiet" onClick={() => void remove.run()} aria-disabled={remove.pending || undefined}>
            {remove.pending ? m.removing : m.remove}
          </button>
          {remove.error ? <ErrorMessage error={remove.error} /> : null}
        </figure>
      ) : null}
      <form className="photo-section__form" noValidate onSubmit={onSubmit} aria-label={m.legend}>
        <div className="field">
          <label htmlFor="photo-file" className="field__label">{m.file}</label>
          <FieldNotes id="photo-file" hint={m.fileHint} error={fileError} announce={false} />
          <input key={inputKey} id="photo-file" type="file" accept={TYPES.join(',')} className="field__input" aria-invalid={fileError ? true : undefined} aria-describedby={describedBy('photo-file', m.fileHint, fileError)} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        {preview ? <img src={preview} alt={m.preview} className="photo-section__image" /> : null}
        <TextArea id="photo-alt" label={m.alt} hint={m.altHint} rows={2} maxLength={300} value={alt} onChange={(e) => setAlt(e.target.value)} error={altError} announce={false} />
        <button type="submit" className="button button--primary" aria-disabled={upload.pending || undefined}>
          {upload.pending ? m.uploading : m.upload}
        </button>
      </form>
    </div>
  );
}

function checkPhoto(file: File | null, alt: string, m: (typeof exerciseMessages)['en']['photo']): { field: 'file' | 'alt'; text: string } | null {
  if (!file) return { field: 'file', text: m.needFile };
  if (!TYPES.includes(file.type)) return { field: 'file', text: m.wrongType };
  if (file.size > MAX_BYTES) return { field: 'file', text: m.tooLarge };
  if (alt.trim() === '') return { field: 'alt', text: m.needAlt };
  return null;
}

/** The chosen file as a data: URL (the app's Content-Security-Policy allows data: images, not blob:). */
function usePreview(file: File | null): string | null {
  const [preview, setPreview] = useState<{ file: File; url: string } | null>(null);
  useEffect(() => {
    if (!file) return undefined;
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') setPreview({ file, url: reader.result });
    };
    reader.readAsDataURL(file);
    return () => reader.abort();
  }, [file]);
  return file && preview?.file === file ? preview.url : null;
}
