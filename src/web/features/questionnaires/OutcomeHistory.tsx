/**
 * Each questionnaire's history: its title, when a change is meaningful, a chart from three
 * answers on, and always a table — each score with its change since the first time and the
 * mark in words. PSFS also lists each activity's own ratings. Shared by a person and a clinician.
 */
import type { z } from 'zod';
import type { InstrumentHistory, QuestionnaireHistory } from '../../../contract/questionnaire.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatDay } from '../../lib/format.js';
import { questionnaireMessages } from './messages.js';
import { OutcomeChart } from './OutcomeChart.js';
import { changeView, formatScore, isChartWorthy, scoreView } from './score-view.js';
import { useChangeWords, useScoreWords } from './useScoreWords.js';
import { useInstrumentTitle, type Audience } from './useItemText.js';

type History = z.infer<typeof QuestionnaireHistory>;
type Instrument = z.infer<typeof InstrumentHistory>;
type Level = 2 | 3 | 4;

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5' } as const;

/** Every instrument answered so far, one section each; `level` is their heading level. */
export function OutcomeHistory({ history, level, audience }: { history: History; level: Level; audience: Audience }) {
  const m = useMessages(questionnaireMessages).history;
  const shown = history.instruments.filter((i) => i.points.length > 0);
  if (shown.length === 0) return <p>{m.none}</p>;
  return <>{shown.map((instrument) => <InstrumentSection key={instrument.instrument} instrument={instrument} level={level} audience={audience} />)}</>;
}

/** A fixed range for the 0-10 scales and the 1-7 impression; T-scores fit their own. */
function rangeOf(key: string): [number, number] | null {
  if (key === 'psfs' || key === 'pain_rating' || key === 'peg') return [0, 10];
  return key === 'pgic' ? [1, 7] : null;
}

function InstrumentSection({ instrument, level, audience }: { instrument: Instrument; level: Level; audience: Audience }) {
  const m = useMessages(questionnaireMessages).history;
  const titleOf = useInstrumentTitle(audience);
  const Heading = HEADINGS[level];
  const title = titleOf(instrument.instrument, instrument.title);
  const points = instrument.points.map((p) => ({ localDate: p.localDate, value: p.score.value }));
  return (
    <section className="card q-history" aria-label={title}>
      <Heading>{title}</Heading>
      {instrument.meaningfulChange !== null && instrument.instrument !== 'pgic' ? <p className="muted">{m.meaningfulAt(formatScore(instrument.meaningfulChange))}</p> : null}
      {isChartWorthy(points) ? <OutcomeChart points={points} range={rangeOf(instrument.instrument)} /> : null}
      <ScoreTable instrument={instrument} title={title} />
      {instrument.activities.length > 0 ? <Activities instrument={instrument} level={level} /> : null}
    </section>
  );
}

function ScoreTable({ instrument, title }: { instrument: Instrument; title: string }) {
  const m = useMessages(questionnaireMessages);
  const locale = useFormatLocale();
  const { short } = useScoreWords();
  const changeWords = useChangeWords();
  const c = m.history.columns;
  return (
    <div className="table-wrap" role="region" aria-label={m.history.tableCaption(title)} tabIndex={0}>
      <table className="data-table q-table">
        <caption className="visually-hidden">{m.history.tableCaption(title)}</caption>
        <thead><tr><th scope="col">{c.date}</th><th scope="col">{c.score}</th><th scope="col">{c.mark}</th></tr></thead>
        <tbody>
          {instrument.points.map((point, index) => (
            <tr key={point.responseId}>
              <th scope="row">{formatDay(point.localDate, locale)}</th>
              <td>{short(scoreView(instrument.instrument, point.score, instrument.direction))}</td>
              <td>{changeWords(changeView(instrument.instrument, point, index === 0), true).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Activities({ instrument, level }: { instrument: Instrument; level: Level }) {
  const m = useMessages(questionnaireMessages).history;
  const locale = useFormatLocale();
  const Heading = HEADINGS[(level + 1) as 3 | 4 | 5];
  return (
    <>
      <Heading>{m.activitiesHeading}</Heading>
      {instrument.activities.map((activity) => (
        <div key={activity.label} className="table-wrap" role="region" aria-label={m.activityCaption(activity.label)} tabIndex={0}>
          <table className="data-table q-table">
            <caption>{m.activityCaption(activity.label)}</caption>
            <thead><tr><th scope="col">{m.activityColumns.date}</th><th scope="col">{m.activityColumns.rating}</th></tr></thead>
            <tbody>
              {activity.points.map((p) => (
                <tr key={p.localDate}><th scope="row">{formatDay(p.localDate, locale)}</th><td>{formatScore(p.value)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
