/**
 * Home's quiet card "A short read for you": the lesson offered now (the server decides which,
 * and why), its reading time, a kind word when something the person did prompted it, and
 * "Not now". Nothing shows when no lesson is offered or the lessons cannot be loaded.
 */
import { useState } from 'react';
import type { LessonsResponse } from '../../../contract/lesson.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS, pathTo } from '../../router/match-route.js';
import { lessonMessages } from './messages.js';
import { readingMinutes } from './reading-time.js';
import { useLessonCatalog } from './useLessonCatalog.js';
import { useLessons } from './useLessons.js';

type Offer = NonNullable<LessonsResponse['offered']>;

/** The card, once the lessons have loaded and one is offered. */
export function LessonCard() {
  const lessons = useLessons();
  const [answered, setAnswered] = useState<LessonsResponse | null>(null);
  const data = answered ?? (lessons.status === 'success' ? lessons.data : null);
  if (!data?.offered) return <AllLessonsLink className="lesson-card__all" />;
  return <OfferCard key={data.offered.lessonId} offer={data.offered} onLater={setAnswered} />;
}

/** The way to every lesson (on home when none is offered now, and on the plan page). */
export function AllLessonsLink({ className }: { className?: string }) {
  const m = useMessages(lessonMessages).card;
  return (
    <p className={className}>
      <Link to={PATHS.lessons}>{m.all}</Link>
    </p>
  );
}

function OfferCard({ offer, onLater }: { offer: Offer; onLater: (next: LessonsResponse) => void }) {
  const m = useMessages(lessonMessages);
  const lesson = useLessonCatalog()?.[offer.lessonId];
  const later = useAction(async () => {
    const next = await callApi('markLessonLater', { params: { lessonId: offer.lessonId } });
    // "Not now" hides this lesson here even if the server would offer it again at once.
    onLater(next.offered?.lessonId === offer.lessonId ? { ...next, offered: null } : next);
  });
  const why = m.reasons[offer.reason];
  if (!lesson) return null;
  return (
    <section className="card card--lesson" aria-labelledby="lesson-card-heading">
      <h2 id="lesson-card-heading">{m.card.heading}</h2>
      {why ? <p>{why}</p> : null}
      <p className="lesson-card__title">
        <strong>{lesson.title}</strong>
      </p>
      <p className="field__hint">{m.minutes(readingMinutes(lesson))}</p>
      <p>{lesson.summary}</p>
      <div className="button-row">
        <Link className="button button--primary" to={pathTo('lesson', { lessonId: offer.lessonId })}>
          {m.card.open}
        </Link>
        <button type="button" className="button button--secondary" disabled={later.pending} onClick={() => void later.run()}>
          {m.card.notNow}
        </button>
      </div>
      {later.error ? <ErrorMessage error={later.error} /> : null}
      <p className="aside">
        <Link to={PATHS.lessons}>{m.card.all}</Link>
      </p>
    </section>
  );
}
