/** `/history/questionnaires`: a person's questionnaire scores over time, with meaningful marks. */
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { questionnaireMessages } from './messages.js';
import { OutcomeHistory } from './OutcomeHistory.js';

/** The page: every instrument answered, one section each. */
export function OutcomesPage() {
  const m = useMessages(questionnaireMessages).history;
  const history = useQuery('q-history', () => callApi('getQuestionnaireHistory'));
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      {history.status === 'loading' ? <Loading /> : null}
      {history.status === 'error' ? <ErrorMessage error={history.error} onRetry={history.reload} /> : null}
      {history.status === 'success' ? <OutcomeHistory audience="person" history={history.data} level={2} /> : null}
    </Page>
  );
}
