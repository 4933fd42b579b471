/**
 * `/lessons/:lessonId`: one lesson, its sources, and "I have read this" at the end. Reading is
 * recorded, never graded; afterwards the page offers the way home or on to the next lesson.
 */
import { useState } from 'react';
import { isLessonId, type LessonId } from '../../../core/lessons/catalog.js';
import type { LessonsResponse } from '../../../contract/lesson.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Page } from '../../components/Page.js';
import { useAction } from '../../hooks/useAction.js';
import { useFocusWhen } from '../../hooks/useFocusWhen.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS, pathTo } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { EmergencyCall } from '../safety/EmergencyCall.js';
import { lessonCatalog } from './lesson-catalog.js';
import { nextUnreadLesson } from './lesson-order.js';
import { LessonView } from './LessonView.js';
import { lessonMessages } from './messages.js';
import { readingMinutes } from './reading-time.js';
import { useLessons } from './useLessons.js';

/** The page for `lessonId`, or a kind "not found" for an unknown id. */
export function LessonPage({ lessonId }: { lessonId: string }) {
  const m = useMessages(lessonMessages).lesson;
  if (!isLessonId(lessonId)) {
    return (
      <Page title={m.notFound}>
        <p><Link to={PATHS.lessons}>{m.all}</Link></p>
      </Page>
    );
  }
  return <KnownLesson lessonId={lessonId} />;
}

function KnownLesson({ lessonId }: { lessonId: LessonId }) {
  const m = useMessages(lessonMessages);
  const lesson = useMessages(lessonCatalog)[lessonId];
  const { emergencyNumber } = useAccount();
  const intro = (
    <>
      <p>{lesson.summary}</p>
      <p className="field__hint">{m.minutes(readingMinutes(lesson))}</p>
    </>
  );
  return (
    <Page title={lesson.title} intro={intro}>
      {lessonId === 'chest_pain' ? <EmergencyCall wide={false} /> : null}
      <LessonView lesson={lesson} emergencyNumber={emergencyNumber} />
      {lessonId === 'flare_ups' ? (
        <p><Link className="button button--secondary" to={PATHS.flarePlan}>{m.lesson.flarePlan}</Link></p>
      ) : null}
      <MarkRead lessonId={lessonId} />
    </Page>
  );
}

function MarkRead({ lessonId }: { lessonId: LessonId }) {
  const m = useMessages(lessonMessages).lesson;
  const lessons = useLessons();
  const [answer, setAnswer] = useState<LessonsResponse | null>(null);
  const mark = useAction(async () => {
    setAnswer(await callApi('markLessonRead', { params: { lessonId } }));
  });
  const readBefore = lessons.status === 'success' && lessons.data.read.some((r) => r.lessonId === lessonId);
  if (answer) return <ReadDone lessonId={lessonId} answer={answer} />;
  return (
    <div className="lesson__end">
      {readBefore ? <p>{m.alreadyRead}</p> : null}
      <button type="button" className="button button--primary button--big" disabled={mark.pending} onClick={() => void mark.run()}>
        {m.markRead}
      </button>
      {mark.error ? <ErrorMessage error={mark.error} /> : null}
    </div>
  );
}

function ReadDone({ lessonId, answer }: { lessonId: LessonId; answer: LessonsResponse }) {
  const m = useMessages(lessonMessages).lesson;
  const catalog = useMessages(lessonCatalog);
  const heading = useFocusWhen<HTMLHeadingElement>('lesson-read');
  const next = nextUnreadLesson(lessonId, new Set(answer.read.map((r) => r.lessonId)));
  return (
    <section className="notice notice--success lesson__end" aria-labelledby="lesson-done">
      <h2 id="lesson-done" ref={heading} tabIndex={-1} className="notice__title">{m.doneHeading}</h2>
      <p>{m.doneBody}</p>
      <div className="button-row">
        {next ? (
          <Link className="button button--primary" to={pathTo('lesson', { lessonId: next })}>{m.next(catalog[next].title)}</Link>
        ) : null}
        <Link className={`button ${next ? 'button--secondary' : 'button--primary'}`} to={PATHS.home}>{m.home}</Link>
      </div>
      <p className="aside"><Link to={PATHS.lessons}>{m.all}</Link></p>
    </section>
  );
}
