/**
 * The library's results: the count, announced politely when it changes, and a card per
 * exercise, best match first. Pictures load lazily, so the whole library can be listed at once.
 */
import type { ExerciseView } from '../../../contract/exercise.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import type { ExerciseSearch } from '../../hooks/useExercises.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { pathTo } from '../../router/match-route.js';
import { ExerciseIllustration } from '../../components/ExerciseIllustration.js';
import { libraryMessages } from './messages.js';

interface ExerciseResultsProps {
  search: ExerciseSearch;
  filtered: boolean;
  /** Words were searched: the list is in rank order. */
  ranked: boolean;
}

/** The count and the cards; the previous list stays, dimmed, while the next one loads. */
export function ExerciseResults({ search, filtered, ranked }: ExerciseResultsProps) {
  const m = useMessages(libraryMessages).results;
  const { items, pending, error, retry } = search;
  return (
    <section aria-labelledby="library-results-heading" className="library-results">
      <h2 id="library-results-heading" className="visually-hidden">
        {m.heading}
      </h2>
      <p role="status" className="library-results__count">
        {items ? (ranked ? m.rankedCount(items.length) : m.count(items.length, !filtered)) : ''}
      </p>
      {items === null && !error ? <Loading /> : null}
      {error ? <ErrorMessage error={error} onRetry={retry} /> : null}
      {items && items.length === 0 ? <p>{m.none}</p> : null}
      {items && items.length > 0 ? (
        <ul className={`exercise-cards${pending ? ' is-pending' : ''}`}>
          {items.map((exercise) => (
            <ExerciseCard key={exercise.id} exercise={exercise} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ExerciseCard({ exercise }: { exercise: ExerciseView }) {
  const m = useMessages(libraryMessages);
  const where = m.sentenceList(exercise.positions.map((p) => m.positions[p]));
  return (
    <li className="exercise-card">
      <h3 className="exercise-card__name">
        <Link to={pathTo('exercise', { id: exercise.id })} className="exercise-card__link">
          {exercise.name}
        </Link>
      </h3>
      {/* The name above it says what the picture shows; the exercise page describes it. */}
      <ExerciseIllustration exercise={exercise} className="exercise-card__image" decorative lazy />
      <div className="exercise-card__body">
        <p className="exercise-card__meta">
          {`${m.pillars[exercise.pillar]} · ${m.levelShort(exercise.level)} · ${where}`}
        </p>
        <p className="exercise-card__purpose">{exercise.purpose}</p>
      </div>
    </li>
  );
}
