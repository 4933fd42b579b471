/** Scores and changes in plain words, from the views score-view.ts decides. */
import { useMessages } from '../../i18n/useMessages.js';
import { instrumentWords } from './instrument-words.js';
import { renderItemText } from './item-text.js';
import { questionnaireMessages } from './messages.js';
import { formatScore, type ChangeView, type ScoreView } from './score-view.js';

/** The global impression's option words for a rating 1-7. */
export function pgicKey(value: number): string {
  return `questionnaire.pgic.option.${value}`;
}

/** Sentences for a score: the headline first, then what it means where needed. */
export function useScoreWords(): { sentences: (view: ScoreView) => string[]; short: (view: ScoreView) => string } {
  const m = useMessages(questionnaireMessages);
  const words = useMessages(instrumentWords);
  const pgic = (value: number) => renderItemText({ key: pgicKey(value) }, words, String(value));
  const short = (view: ScoreView): string => {
    switch (view.kind) {
      case 'psfs':
      case 'rating':
      case 'points':
        return formatScore('mean' in view ? view.mean : view.value);
      case 'pgic':
        return pgic(view.value);
      case 'tscore':
        return m.result.tscore(view.t.toFixed(1), view.se === null ? null : view.se.toFixed(1));
      case 'none':
        return '—';
    }
  };
  const sentences = (view: ScoreView): string[] => {
    switch (view.kind) {
      case 'psfs':
        return [m.result.psfs(formatScore(view.mean))];
      case 'pgic':
        return [m.result.pgic(pgic(view.value))];
      case 'rating':
        return [m.result.rating(formatScore(view.value))];
      case 'points':
        return [m.result.points(formatScore(view.value))];
      case 'tscore':
        return [`${short(view)}.`, m.result.tscoreAbout[view.higherMeans], ...(view.partial ? [m.result.partial] : [])];
      case 'none':
        return [m.result.none];
    }
  };
  return { sentences, short };
}

/** Sentences for a change since the first time, the mark always in words; `compact` for a table. */
export function useChangeWords(): (view: ChangeView, compact?: boolean) => string[] {
  const m = useMessages(questionnaireMessages).change;
  return (view, compact = false) => {
    switch (view.kind) {
      case 'first':
        return [compact ? m.firstShort : m.first];
      case 'rating':
        return view.mark ? [m.rating[view.mark]] : [];
      case 'change':
        return [(compact ? m.sinceShort : m.since)(formatScore(view.change), view.direction), m.marks[view.mark]];
      case 'unmarked':
        return [];
    }
  };
}
