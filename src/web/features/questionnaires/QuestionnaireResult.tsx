/** After sending: the score in plain words and the change since the first time, marked in words. */
import type { QuestionnaireResponseDto } from '../../../contract/questionnaire.js';
import { callApi } from '../../api/client.js';
import { useFocusOnMount } from '../../hooks/useFocusOnMount.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { questionnaireMessages } from './messages.js';
import { changeView, scoreView } from './score-view.js';
import { useChangeWords, useScoreWords } from './useScoreWords.js';

/** The saved answer set's score, then its change (once the history has loaded). */
export function QuestionnaireResult({ response }: { response: QuestionnaireResponseDto }) {
  const m = useMessages(questionnaireMessages).result;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const history = useQuery(`q-history:${response.instrument}:${response.id}`, () =>
    callApi('getQuestionnaireHistory', { query: { instrument: response.instrument } }),
  );
  const mine = history.status === 'success' ? history.data.instruments.find((i) => i.instrument === response.instrument) : undefined;
  const index = mine ? mine.points.findIndex((p) => p.responseId === response.id) : -1;
  const point = mine?.points[index];
  const { sentences } = useScoreWords();
  const changeWords = useChangeWords();
  const scoreLines = sentences(scoreView(response.instrument, response.score, mine?.direction ?? null));
  const changeLines = point ? changeWords(changeView(response.instrument, point, index === 0)) : [];
  return (
    <section className="notice notice--success q-result" aria-labelledby="q-result-heading">
      <h2 id="q-result-heading" ref={heading} tabIndex={-1} className="notice__title">{m.heading}</h2>
      {scoreLines.map((line) => <p key={line} className="q-result__score">{line}</p>)}
      <div aria-live="polite">{changeLines.map((line) => <p key={line}>{line}</p>)}</div>
      <div className="button-row">
        <Link className="button button--primary" to={PATHS.home}>{m.home}</Link>
        <Link className="button button--secondary" to={PATHS.outcomes}>{m.history}</Link>
      </div>
    </section>
  );
}
