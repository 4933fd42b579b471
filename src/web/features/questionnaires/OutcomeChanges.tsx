/** A caseload row's questionnaire changes, compactly: "PSFS (their own activities): 3 → 5.2 (better, meaningful)". */
import type { CaseloadRow } from '../../../contract/practice.js';
import { useMessages } from '../../i18n/useMessages.js';
import { clinicianQuestionnaireMessages } from './clinician-messages.js';
import { questionnaireMessages } from './messages.js';
import { formatScore } from './score-view.js';
import { pgicKey } from './useScoreWords.js';
import { instrumentWords } from './instrument-words.js';
import { renderItemText } from './item-text.js';
import { useInstrumentTitle } from './useItemText.js';

/** One line per instrument answered (the weekly PEG has its own column); the mark in words. */
export function OutcomeChanges({ outcomes }: { outcomes: CaseloadRow['outcomes'] }) {
  const m = useMessages(clinicianQuestionnaireMessages);
  const marks = useMessages(questionnaireMessages).change.shortMarks;
  const titleOf = useInstrumentTitle('clinician');
  const words = useMessages(instrumentWords);
  if (outcomes.length === 0) return <span className="muted">{m.caseloadNone}</span>;
  return (
    <ul className="plain-list">
      {outcomes.map((o) => {
        const title = titleOf(o.instrument, o.title);
        const latest = formatScore(o.latest.score);
        const line = o.instrument === 'pgic'
          ? m.caseloadRating(title, renderItemText({ key: pgicKey(o.latest.score) }, words, latest), o.mark ? marks[o.mark] : null)
          : o.change === null || o.mark === null
          ? m.caseloadOnce(title, latest)
          : m.caseloadChange(title, formatScore(o.first.score), latest, m.how(o.direction ? m.directions[o.direction] : null, marks[o.mark]));
        return <li key={o.instrument}>{line}</li>;
      })}
    </ul>
  );
}
