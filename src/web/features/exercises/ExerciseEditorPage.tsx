/**
 * Writing or changing one of the clinician's own exercises (`/practice/exercises/new` and
 * `/practice/exercises/:id`). The long form is grouped: what it is, who it suits, how to do it,
 * the dose, and the picture (a library drawing, or a photo once the exercise is saved).
 */
import type { ReactNode, RefObject } from 'react';
import type { CustomExerciseView } from '../../../contract/custom-exercise.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { ExerciseIllustration } from '../../components/ExerciseIllustration.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { fetchExerciseList } from '../../hooks/useExercises.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS, pathTo } from '../../router/match-route.js';
import { useExerciseEditor } from './useExerciseEditor.js';
import type { FieldErrors } from './editor-state.js';
import { DoseFields, HowToDoIt, WhatItIs, WhoItSuits } from './EditorFields.js';
import { exerciseMessages } from './messages.js';
import { PhotoSection } from './PhotoSection.js';
import { PosePicker } from './PosePicker.js';
import { DeleteExercise } from './DeleteExercise.js';

/** The editor page; `id` null writes a new exercise. */
export function ExerciseEditorPage({ id }: { id: string | null }) {
  const m = useMessages(exerciseMessages).editor;
  const query = useQuery(`custom-exercise:${id ?? 'new'}`, () => (id ? callApi('getCustomExercise', { params: { id } }) : Promise.resolve(null)));
  if (query.status === 'loading') return <Page title={m.newTitle}><Loading /></Page>;
  if (query.status === 'error') {
    const missing = query.error.status === 404 || query.error.status === 400;
    return (
      <Page title={m.newTitle}>
        {missing ? <p>{m.notFound}</p> : <ErrorMessage error={query.error} onRetry={query.reload} />}
        <p><Link to={PATHS.myExercises}>{m.back}</Link></p>
      </Page>
    );
  }
  const exercise = query.data;
  if (exercise && !exercise.mine) return <SharedExercise exercise={exercise} />;
  return <Editor key={exercise?.id ?? 'new'} saved={exercise} />;
}

function SharedExercise({ exercise }: { exercise: CustomExerciseView }) {
  const m = useMessages(exerciseMessages).editor;
  return (
    <Page title={m.viewTitle(exercise.name)} intro={<p>{m.notMine}</p>}>
      <ExerciseIllustration exercise={exercise} className="editor-preview" />
      <p>{exercise.purpose}</p>
      <p><Link to={pathTo('exercise', { id: exercise.id })}>{exercise.name}</Link></p>
      <p><Link to={PATHS.myExercises}>{m.back}</Link></p>
    </Page>
  );
}

const SECTIONS = ['what', 'who', 'how', 'dose', 'picture'] as const;

function Editor({ saved }: { saved: CustomExerciseView | null }) {
  const all = useMessages(exerciseMessages);
  const m = all.editor;
  const { exercise, setExercise, state, set, errors: shown, justSaved, summary, save, submit } = useExerciseEditor(saved, m.poseMissing);
  const library = useQuery('exercises:all-list', () => fetchExerciseList());
  const variants = (library.status === 'success' ? library.data : []).filter((e) => e.id !== exercise?.id).map((e) => ({ id: e.id, name: e.name }));
  const section = (key: (typeof SECTIONS)[number], body: ReactNode) => (
    <section className="card editor-section" aria-labelledby={`section-${key}`} id={`part-${key}`}>
      <h2 id={`section-${key}`}>{m.sections[key]}</h2>
      {body}
    </section>
  );
  return (
    <Page title={exercise ? m.editTitle(exercise.name) : m.newTitle} intro={<p>{m.intro}</p>}>
      <p><Link to={PATHS.myExercises}>{m.back}</Link></p>
      <nav aria-label={m.contents} className="editor-contents">
        <ul>{SECTIONS.map((key) => <li key={key}><a href={`#part-${key}`}>{m.sections[key]}</a></li>)}</ul>
      </nav>
      <ErrorSummary errors={shown} summaryRef={summary} />
      <form id="exercise-form" className="form editor-form" noValidate onSubmit={submit}>
        {section('what', <WhatItIs state={state} errors={shown} set={set} />)}
        {section('who', <WhoItSuits state={state} errors={shown} set={set} />)}
        {section('how', <HowToDoIt state={state} errors={shown} set={set} variants={variants} />)}
        {section('dose', <DoseFields state={state} errors={shown} set={set} />)}
        {section('picture', <PosePicker library={library.status === 'success' ? library.data : null} value={state.poseFrom} onChange={(poseFrom) => set({ poseFrom })} error={shown.poseFrom ?? null} />)}
        <div className="editor-actions">
          <button type="submit" className="button button--primary" aria-disabled={save.pending || undefined}>{save.pending ? m.saving : m.save}</button>
          <p role="status" className="editor-actions__status">{justSaved ? m.saved : ''}</p>
        </div>
        {save.error && !save.error.field ? <ErrorMessage error={save.error} /> : null}
      </form>
      {exercise ? <PhotoPart exercise={exercise} onChange={setExercise} /> : <p className="muted">{all.photo.saveFirst}</p>}
      {exercise ? <DeleteExercise id={exercise.id} /> : null}
    </Page>
  );
}

function PhotoPart({ exercise, onChange }: { exercise: CustomExerciseView; onChange: (next: CustomExerciseView) => void }) {
  const m = useMessages(exerciseMessages).photo;
  return (
    <section className="card editor-section" aria-labelledby="section-photo">
      <h2 id="section-photo">{m.legend}</h2>
      <PhotoSection exercise={exercise} onChange={onChange} />
    </section>
  );
}

/** Every problem of the form at once, above it; focus comes here when a save is refused. */
function ErrorSummary({ errors, summaryRef }: { errors: FieldErrors; summaryRef: RefObject<HTMLDivElement | null> }) {
  const m = useMessages(exerciseMessages).editor;
  const entries = Object.entries(errors);
  return (
    <div ref={summaryRef} tabIndex={-1} className={entries.length > 0 ? 'notice notice--error editor-summary' : undefined} role={entries.length > 0 ? 'alert' : undefined}>
      {entries.length > 0 ? (
        <>
          <p>{m.summary}</p>
          <ul>{entries.map(([field, text]) => <li key={field}>{summaryLine(field, text, m.step)}</li>)}</ul>
        </>
      ) : null}
    </div>
  );
}

/** A step's problem names the step: the same words would repeat otherwise. */
function summaryLine(field: string, text: string, step: (n: number) => string): string {
  const match = /^steps\.(\d+)$/.exec(field);
  return match ? `${step(Number(match[1]) + 1)}: ${text}` : text;
}
