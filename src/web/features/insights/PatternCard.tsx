/**
 * One pattern with its numbers: how it stands, its size, the range it likely falls in (the 95 %
 * interval, in plain words) and how many days or sessions are behind it.
 */
import { useId } from 'react';
import type { Pattern } from '../../../core/insights/index.js';
import { useMessages } from '../../i18n/useMessages.js';
import { IntervalBar } from './IntervalBar.js';
import { insightsMessages } from './messages.js';
import { countUnitOf, effectView, standingOf } from './pattern-view.js';

/** The pattern's title in plain words. */
export function usePatternTitle(pattern: Pattern): string {
  const t = useMessages(insightsMessages).patternTitle;
  switch (pattern.code) {
    case 'session_effect_pillar':
      return pattern.pillar ? t.session_effect_pillar(pattern.pillar) : t.session_effect;
    case 'time_of_day':
      return pattern.parts ? t.time_of_day(pattern.parts[0], pattern.parts[1]) : '';
    case 'session_effect':
    case 'next_day_activity':
    case 'next_day_over_quota':
    case 'sleep_pain':
      return t[pattern.code];
  }
}

/** A card; only a claim the server made is shown as one, and "meaningful" only when it says so. */
export function PatternCard({ pattern, half }: { pattern: Pattern; half: number }) {
  const m = useMessages(insightsMessages).patterns;
  const id = useId();
  const title = usePatternTitle(pattern);
  const standing = standingOf(pattern);
  const view = effectView(pattern);
  return (
    <article className={`pattern pattern--${standing}`} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="pattern__title">
        {title}
      </h3>
      <p className="pattern__badges">
        <span className={`badge badge--${standing}`}>{m.standing[standing]}</span>
        {pattern.meaningful ? (
          <span className="badge badge--meaningful">{m.meaningful}</span>
        ) : null}
      </p>
      {view && pattern.effect !== null ? (
        <>
          <p className="pattern__effect">{m.effect(view, pattern.n, countUnitOf(pattern.code))}</p>
          <IntervalBar view={view} effect={pattern.effect} half={half} standing={standing} />
        </>
      ) : null}
      {standing === 'waiting' ? (
        <p className="pattern__message">{m.waiting(pattern.n, countUnitOf(pattern.code))}</p>
      ) : null}
    </article>
  );
}
