/** `/lessons`: every lesson in order with its summary and reading time, read ones marked, and the one offered now on top. */
import { LESSON_IDS, type LessonId } from '../../../core/lessons/catalog.js';
import type { LessonsResponse } from '../../../contract/lesson.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { pathTo } from '../../router/match-route.js';
import { lessonCatalog } from './lesson-catalog.js';
import { lessonMessages } from './messages.js';
import { readingMinutes } from './reading-time.js';
import { useLessons } from './useLessons.js';

/** The list of lessons. */
export function LessonsPage() {
  const m = useMessages(lessonMessages).list;
  const lessons = useLessons();
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      {lessons.status === 'loading' ? <Loading /> : null}
      {lessons.status === 'error' ? <ErrorMessage error={lessons.error} onRetry={lessons.reload} /> : null}
      {lessons.status === 'success' ? <LessonList data={lessons.data} /> : null}
    </Page>
  );
}

function LessonList({ data }: { data: LessonsResponse }) {
  const m = useMessages(lessonMessages);
  const read = new Set(data.read.map((entry) => entry.lessonId));
  const offered = data.offered;
  return (
    <>
      {offered ? (
        <section className="card card--lesson" aria-labelledby="lessons-offered">
          <h2 id="lessons-offered">{m.list.offeredHeading}</h2>
          {m.reasons[offered.reason] ? <p>{m.reasons[offered.reason]}</p> : null}
          <ul className="lesson-items">
            <LessonItem id={offered.lessonId} isRead={read.has(offered.lessonId)} />
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="lessons-all">
        <h2 id="lessons-all">{m.list.allHeading}</h2>
        <ol className="lesson-items">
          {LESSON_IDS.map((id) => (
            <LessonItem key={id} id={id} isRead={read.has(id)} />
          ))}
        </ol>
      </section>
    </>
  );
}

function LessonItem({ id, isRead }: { id: LessonId; isRead: boolean }) {
  const m = useMessages(lessonMessages);
  const lesson = useMessages(lessonCatalog)[id];
  return (
    <li className="lesson-item">
      <Link className="lesson-item__title" to={pathTo('lesson', { lessonId: id })}>
        {lesson.title}
      </Link>
      <p className="lesson-item__summary">{lesson.summary}</p>
      <p className="field__hint">
        {m.minutes(readingMinutes(lesson))}
        {isRead ? <span className="badge badge--read">{m.list.read}</span> : <span className="visually-hidden"> · {m.list.notRead}</span>}
      </p>
    </li>
  );
}
