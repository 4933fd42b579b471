/**
 * The clinician's own exercises (`/practice/exercises`): theirs and those shared with the
 * practice, as a table at desktop width and stacked rows on a phone, with a link to write one.
 */
import type { CustomExerciseView } from '../../../contract/custom-exercise.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { ExerciseIllustration } from '../../components/ExerciseIllustration.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS, pathTo } from '../../router/match-route.js';
import { libraryMessages } from '../library/messages.js';
import { exerciseMessages } from './messages.js';

/** The list page. */
export function ExercisesPage() {
  const m = useMessages(exerciseMessages).list;
  const query = useQuery('custom-exercises', () => callApi('listCustomExercises'));
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <p>
        <Link to={PATHS.newExercise} className="button button--primary">{m.write}</Link>
      </p>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' ? (query.data.items.length === 0 ? <Empty /> : <ExerciseTable items={query.data.items} />) : null}
    </Page>
  );
}

function Empty() {
  const m = useMessages(exerciseMessages).list;
  return (
    <section className="card" aria-labelledby="exercises-empty">
      <h2 id="exercises-empty">{m.emptyTitle}</h2>
      <p>{m.empty}</p>
    </section>
  );
}

function ExerciseTable({ items }: { items: readonly CustomExerciseView[] }) {
  const m = useMessages(exerciseMessages).list;
  const lib = useMessages(libraryMessages);
  return (
    <section aria-labelledby="exercises-heading">
      <h2 id="exercises-heading">{m.caption}</h2>
      <ul className="custom-exercise-list">
        {items.map((item) => (
          <li key={item.id} className="custom-exercise-card">
            <ExerciseIllustration exercise={item} className="custom-exercise-card__image" decorative lazy />
            <div className="custom-exercise-card__text">
              <h3 className="custom-exercise-card__name">{item.name}</h3>
              <p>{item.purpose}</p>
              <dl className="custom-exercise-card__facts">
                <div><dt>{m.columns.kind}</dt><dd>{lib.pillars[item.pillar]}, {lib.levelShort(item.level)}</dd></div>
                <div><dt>{m.columns.who}</dt><dd>{item.mine ? m.you : item.authorName}</dd></div>
                <div><dt>{m.columns.sharing}</dt><dd>{item.shared ? m.shared : m.private}</dd></div>
              </dl>
              <Link to={pathTo('editExercise', { id: item.id })} className="button button--secondary" aria-label={item.mine ? m.edit(item.name) : m.view(item.name)}>
                {item.mine ? m.editShort : m.viewShort}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
