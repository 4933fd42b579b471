/**
 * One lesson drawn from its data: sections under headings, paragraphs and lists, then its
 * sources. Built-in lessons and, later, a clinician's own lessons are all shown by this one view.
 */
import { useMessages } from '../../i18n/useMessages.js';
import { fillEmergencyNumber, type LessonBlock, type LessonContent, type LessonSource } from './lesson-content.js';
import { lessonMessages } from './messages.js';

interface LessonViewProps {
  lesson: LessonContent;
  /** The person's emergency number, written where the lesson holds its placeholder. */
  emergencyNumber: string;
}

/** The body of a lesson and its sources (the page gives the title). */
export function LessonView({ lesson, emergencyNumber }: LessonViewProps) {
  const fill = (line: string) => fillEmergencyNumber(line, emergencyNumber);
  return (
    <article className="lesson" aria-label={lesson.title}>
      {lesson.sections.map((section, index) => (
        <section key={index} className="lesson__section" aria-labelledby={`lesson-section-${index}`}>
          <h2 id={`lesson-section-${index}`}>{fill(section.heading)}</h2>
          {section.blocks.map((block, blockIndex) => (
            <Block key={blockIndex} block={block} fill={fill} />
          ))}
        </section>
      ))}
      <LessonSources sources={lesson.sources} />
    </article>
  );
}

function Block({ block, fill }: { block: LessonBlock; fill: (line: string) => string }) {
  if (typeof block === 'string') return <p>{fill(block)}</p>;
  return (
    <ul className="lesson__list">
      {block.list.map((line) => (
        <li key={line}>{fill(line)}</li>
      ))}
    </ul>
  );
}

function LessonSources({ sources }: { sources: readonly LessonSource[] }) {
  const m = useMessages(lessonMessages).lesson;
  return (
    <section className="lesson__sources" aria-labelledby="lesson-sources">
      <h2 id="lesson-sources">{m.sourcesHeading}</h2>
      <ol>
        {sources.map((source) => (
          <li key={`${source.author}${source.title}`}>
            {source.author.endsWith('.') ? source.author : `${source.author}.`} <cite>{source.title}</cite>
            {source.year !== undefined ? ` (${source.year}).` : '.'}
            {source.url ? (
              <>
                {' '}
                <a href={source.url} rel="noreferrer" target="_blank" className="lesson__source-link">
                  {source.url.replace(/^https:\/\//, '')}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <p className="field__hint">{m.notAdvice}</p>
    </section>
  );
}
