/**
 * What goes with the person's pain, in one card of short plain lines: every session comparison
 * under one heading (they once filled five near-identical cards), then the next day, sleep and
 * the time of day. Sizes and their likely ranges are in "Show the numbers".
 */
import type { Pattern } from '../../../core/insights/index.js';
import { useMessages } from '../../i18n/useMessages.js';
import { insightsMessages } from './messages.js';
import { effectView, groupPatterns, PATTERN_SECTIONS, standingOf } from './pattern-view.js';
import { usePatternTitle } from './PatternCard.js';

/** The card; shown once the server compares patterns. */
export function FindingsCard({ patterns }: { patterns: readonly Pattern[] }) {
  const m = useMessages(insightsMessages);
  const groups = groupPatterns(patterns);
  return (
    <section aria-labelledby="findings-heading" className="card insights-findings">
      <h2 id="findings-heading">{m.findings.heading}</h2>
      <p className="insights-section__intro">{m.findings.intro}</p>
      {PATTERN_SECTIONS.filter((s) => groups[s].length > 0).map((section) => (
        <div key={section} className="insights-findings__group">
          <h3>{m.sections[section].heading}</h3>
          <ul className="insights-findings__list">
            {groups[section].map((p) => (
              <FindingLine key={`${p.code}-${p.pillar ?? ''}`} pattern={p} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function FindingLine({ pattern }: { pattern: Pattern }) {
  const m = useMessages(insightsMessages).findings;
  const title = usePatternTitle(pattern);
  const standing = standingOf(pattern);
  const direction = effectView(pattern)?.direction ?? 'same';
  return (
    <li className={`insights-finding insights-finding--${standing}`}>
      <strong>{title}:</strong> {m.verdict(pattern.code, standing, direction)}
    </li>
  );
}
