/** One exercise at `/library/:id`: the picture, how to do it, how it should feel, when to stop. */
import type { ExerciseView } from '../../../contract/exercise.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useExercise, type ExerciseWithVariants } from '../../hooks/useExercises.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS, pathTo } from '../../router/match-route.js';
import { describeDose } from './dose-words.js';
import { ExerciseFacts } from './ExerciseFacts.js';
import { ExerciseIllustration } from '../../components/ExerciseIllustration.js';
import { lastLibrarySearch } from './last-search.js';
import { libraryMessages } from './messages.js';

/** The exercise page; its heading appears (and takes focus) once the exercise has loaded. */
export function ExercisePage({ id }: { id: string }) {
  const m = useMessages(libraryMessages);
  const query = useExercise(id);
  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error') {
    return (
      <Page title={m.title}>
        <ErrorMessage error={query.error} onRetry={query.reload} />
        <BackToLibrary />
      </Page>
    );
  }
  if (query.data === null) {
    return (
      <Page title={m.title}>
        <p className="notice">{m.exercise.notFound}</p>
        <BackToLibrary />
      </Page>
    );
  }
  return <ExerciseDetails found={query.data} />;
}

function ExerciseDetails({ found }: { found: ExerciseWithVariants }) {
  const m = useMessages(libraryMessages);
  const { exercise } = found;
  const dose = describeDose(exercise.dose, exercise.pillar, m.dose) ?? m.exercise.doseNone;
  const intro = (
    <>
      <p className="exercise__tags">
        {`${m.pillars[exercise.pillar]} · ${m.levelShort(exercise.level)}`}
      </p>
      <p className="exercise__purpose">{exercise.purpose}</p>
    </>
  );
  return (
    <Page title={exercise.name} intro={intro}>
      <div className="exercise">
        <figure className="exercise__figure">
          <ExerciseIllustration exercise={exercise} />
        </figure>
        <section aria-labelledby="exercise-dose" className="exercise__dose">
          <h2 id="exercise-dose">{m.exercise.dose}</h2>
          <p>{dose}</p>
        </section>
        <section aria-labelledby="exercise-steps">
          <h2 id="exercise-steps">{m.exercise.howTo}</h2>
          <ol className="exercise__steps">
            {exercise.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="exercise-breathing">
          <h2 id="exercise-breathing">{m.exercise.breathing}</h2>
          <p>{exercise.breathing}</p>
        </section>
        <section aria-labelledby="exercise-feel">
          <h2 id="exercise-feel">{m.exercise.feel}</h2>
          <p>{exercise.feel}</p>
        </section>
        <section aria-labelledby="exercise-stop" className="notice notice--stop">
          <h2 id="exercise-stop" className="notice__title">
            {m.exercise.stopIf}
          </h2>
          <p>{exercise.stopIf}</p>
        </section>
        <Cautions exercise={exercise} />
        <ExerciseFacts exercise={exercise} />
        <Variants easier={found.easier} harder={found.harder} />
      </div>
      <BackToLibrary />
    </Page>
  );
}

function Cautions({ exercise }: { exercise: ExerciseView }) {
  const m = useMessages(libraryMessages);
  if (exercise.avoidWith.length === 0 && !exercise.cautionNote) return null;
  const conditions = m.listJoin(exercise.avoidWith.map((c) => m.conditions[c]));
  return (
    <section aria-labelledby="exercise-cautions" className="notice notice--caution">
      <h2 id="exercise-cautions" className="notice__title">
        {m.exercise.cautions}
      </h2>
      {exercise.cautionNote ? <p>{exercise.cautionNote}</p> : null}
      {exercise.avoidWith.length > 0 ? <p>{m.exercise.avoidWith(conditions)}</p> : null}
    </section>
  );
}

function Variants({
  easier,
  harder,
}: {
  easier: ExerciseView | null;
  harder: ExerciseView | null;
}) {
  const m = useMessages(libraryMessages).exercise;
  if (!easier && !harder) return null;
  return (
    <section aria-labelledby="exercise-variants">
      <h2 id="exercise-variants">{m.variants}</h2>
      <ul className="link-list exercise__variants">
        {easier ? (
          <li>
            <Link to={pathTo('exercise', { id: easier.id })}>{m.easier(easier.name)}</Link>
          </li>
        ) : null}
        {harder ? (
          <li>
            <Link to={pathTo('exercise', { id: harder.id })}>{m.harder(harder.name)}</Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

function BackToLibrary() {
  const m = useMessages(libraryMessages).exercise;
  return (
    <p className="aside">
      <Link to={`${PATHS.library}${lastLibrarySearch()}`}>{m.backToLibrary}</Link>
    </p>
  );
}
