/**
 * The compared patterns, in four sections (what sessions do, the next day, sleep, time of day),
 * under the note that a pattern is a hint to discuss, not proof. Shown only once the server
 * has enough check-ins to compare.
 */
import type { ReactNode } from 'react';
import type { Pattern, TimeOfDay } from '../../../core/insights/index.js';
import { useMessages } from '../../i18n/useMessages.js';
import { insightsMessages } from './messages.js';
import {
  groupPatterns,
  intervalScale,
  PATTERN_SECTIONS,
  type PatternSection,
} from './pattern-view.js';
import { PatternCard } from './PatternCard.js';
import { TimeOfDayTable } from './TimeOfDayTable.js';

interface PatternsProps {
  patterns: readonly Pattern[];
  timeOfDay: TimeOfDay;
  note: string;
}

/** Every section of patterns, on one shared interval scale so their sizes compare. */
export function PatternsSection({ patterns, timeOfDay, note }: PatternsProps) {
  const groups = groupPatterns(patterns);
  const half = intervalScale(patterns);
  return (
    <div className="insights-patterns">
      <p className="notice notice--stop insights-note">{note}</p>
      {PATTERN_SECTIONS.map((section) => (
        <SectionOfPatterns key={section} section={section} patterns={groups[section]} half={half}>
          {section === 'timeOfDay' ? <TimeOfDayTable timeOfDay={timeOfDay} /> : null}
        </SectionOfPatterns>
      ))}
    </div>
  );
}

interface SectionProps {
  section: PatternSection;
  patterns: readonly Pattern[];
  half: number;
  children?: ReactNode;
}

function SectionOfPatterns({ section, patterns, half, children }: SectionProps) {
  const m = useMessages(insightsMessages).sections[section];
  if (patterns.length === 0 && !children) return null;
  return (
    <section aria-labelledby={`patterns-${section}`} className="insights-section">
      <h2 id={`patterns-${section}`}>{m.heading}</h2>
      <p className="insights-section__intro">{m.intro}</p>
      <div className="pattern-list">
        {patterns.map((pattern) => (
          <PatternCard
            key={`${pattern.code}-${pattern.pillar ?? ''}`}
            pattern={pattern}
            half={half}
          />
        ))}
      </div>
      {children}
    </section>
  );
}
