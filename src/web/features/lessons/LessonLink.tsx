/** A quiet link to one lesson with its reading time, for other pages to place (after a flare). */
import type { LessonId } from '../../../core/lessons/catalog.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { pathTo } from '../../router/match-route.js';
import { lessonMessages } from './messages.js';
import { readingMinutes } from './reading-time.js';
import { useLessonCatalog } from './useLessonCatalog.js';

/** "Read: <title> · 2 minute read", linking to `/lessons/<id>`. */
export function LessonLink({ lessonId, className }: { lessonId: LessonId; className?: string }) {
  const m = useMessages(lessonMessages);
  const lesson = useLessonCatalog()?.[lessonId];
  if (!lesson) return null;
  return (
    <p className={className ?? 'lesson-link'}>
      <Link to={pathTo('lesson', { lessonId })}>{m.link.label(lesson.title)}</Link>{' '}
      <span className="field__hint">{m.minutes(readingMinutes(lesson))}</span>
    </p>
  );
}
